#pragma once
// The settings dialog: refresh interval, status mapping, sentiment question, at-risk fraction,
// language and store location. Writes the typed settings of AppSettings on OK.

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace carepulse::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(const QString& storeLocation, QWidget* parent = nullptr);

    QString storeLocation() const;
    bool statusMappingChanged() const { return m_statusMappingChanged; }
    void accept() override;

    // For tests: the editors.
    QSpinBox* refreshInterval() const { return m_refresh; }
    QComboBox* language() const { return m_language; }

private:
    void chooseStore();

    QSpinBox* m_refresh;
    QLineEdit* m_closedStatuses;
    QComboBox* m_sentiment;
    QDoubleSpinBox* m_atRisk;
    QComboBox* m_language;
    QLineEdit* m_store;
    bool m_statusMappingChanged = false;
};

} // namespace carepulse::ui
