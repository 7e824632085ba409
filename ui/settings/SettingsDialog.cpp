#include "SettingsDialog.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace carepulse::ui {

SettingsDialog::SettingsDialog(const QString& storeLocation, QWidget* parent)
    : QDialog(parent)
    , m_refresh(new QSpinBox(this))
    , m_closedStatuses(new QLineEdit(this))
    , m_sentiment(new QComboBox(this))
    , m_atRisk(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
    , m_store(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_refresh->setRange(200, 600000);
    m_refresh->setSingleStep(250);
    m_refresh->setSuffix(tr(" ms"));
    m_refresh->setValue(AppSettings::refreshIntervalMs.value());
    m_closedStatuses->setText(AppSettings::closedStatuses().join(QStringLiteral(", ")));
    m_closedStatuses->setToolTip(tr("Statuses that close a case, comma-separated (compared without regard to case). "
                                    "Every other status is open. Changing them reloads the books."));
    for (int q = 1; q <= 5; ++q)
        m_sentiment->addItem(tr("Q%1").arg(q), q);
    m_sentiment->setCurrentIndex(std::clamp(AppSettings::sentimentQuestion.value(), 1, 5) - 1);
    m_sentiment->setToolTip(tr("The survey question whose answer gives a survey's sentiment (CSAT)."));
    m_atRisk->setRange(0.05, 1.0);
    m_atRisk->setSingleStep(0.05);
    m_atRisk->setDecimals(2);
    m_atRisk->setValue(AppSettings::kpiSettings().atRiskFraction);
    m_atRisk->setToolTip(tr("An open case is at risk once this fraction of its SLA has elapsed."));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language.value())));
    m_store->setText(storeLocation);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseStore);
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Refresh interval:"), m_refresh);
    form->addRow(tr("Closed statuses:"), m_closedStatuses);
    form->addRow(tr("Sentiment question:"), m_sentiment);
    form->addRow(tr("At-risk fraction of the SLA:"), m_atRisk);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Store:"), storeRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString SettingsDialog::storeLocation() const
{
    return m_store->text().trimmed();
}

void SettingsDialog::chooseStore()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Store"), m_store->text(),
        tr("CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_store->setText(file);
}

void SettingsDialog::accept()
{
    AppSettings::refreshIntervalMs.setValue(m_refresh->value());
    QStringList statuses;
    for (const QString& s : m_closedStatuses->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        statuses << s.trimmed();
    m_statusMappingChanged = statuses != AppSettings::closedStatuses();
    AppSettings::closedStatusList.setValue(statuses);
    AppSettings::sentimentQuestion.setValue(m_sentiment->currentData().toInt());
    AppSettings::atRiskFraction.setValue(m_atRisk->value());
    AppSettings::language.setValue(m_language->currentData().toString());
    AppSettings::storeLocation.setValue(storeLocation());
    QDialog::accept();
}

} // namespace carepulse::ui
