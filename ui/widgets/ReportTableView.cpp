#include "ReportTableView.h"

#include "models/ModelRoles.h"
#include "report/CsvWriter.h"
#include "settings/Setting.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSaveFile>

#include <map>

namespace carepulse::ui {

namespace {

const Setting<QString> lastExportDirectory { "export/lastDirectory" };

// Every CarePulse model answers RawValueRole; no value there is an empty field (as the CLI writes it).
QString cellText(const QModelIndex& index)
{
    return index.data(RawValueRole).toString();
}

} // namespace

ReportTableView::ReportTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
}

std::string ReportTableView::csv() const
{
    const QAbstractItemModel* m = model();
    CsvWriter writer;
    if (!m)
        return {};
    std::vector<std::string> header;
    for (int c = 0; c < m->columnCount(); ++c) {
        const QVariant name = m->headerData(c, Qt::Horizontal, CsvHeaderRole);
        header.push_back((name.isValid() ? name : m->headerData(c, Qt::Horizontal)).toString().toStdString());
    }
    writer.row(header);
    for (int r = 0; r < m->rowCount(); ++r) {
        std::vector<std::string> row;
        for (int c = 0; c < m->columnCount(); ++c)
            row.push_back(cellText(m->index(r, c)).toStdString());
        writer.row(row);
    }
    return writer.take();
}

QString ReportTableView::selectionText() const
{
    const QAbstractItemModel* m = model();
    if (!m || !selectionModel())
        return {};
    std::map<int, std::map<int, QString>> cells;
    for (const QModelIndex& index : selectionModel()->selectedIndexes())
        cells[index.row()][index.column()] = index.data().toString();
    if (cells.empty())
        return {};
    QStringList lines;
    QStringList header;
    for (const auto& [column, text] : cells.begin()->second) {
        Q_UNUSED(text);
        header << m->headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, columns] : cells) {
        Q_UNUSED(row);
        QStringList fields;
        for (const auto& [column, text] : columns) {
            Q_UNUSED(column);
            fields << text;
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ReportTableView::copySelection() const
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ReportTableView::exportCsv()
{
    const QString directory = lastExportDirectory.value();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"),
        directory.isEmpty() ? QString() : directory + QLatin1Char('/') + objectName() + QStringLiteral(".csv"),
        tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    lastExportDirectory.setValue(QFileInfo(file).absolutePath());
    exportTo(file);
}

void ReportTableView::exportTo(const QString& file)
{
    if (m_exporter) {
        m_exporter(file);
        return;
    }
    const QString error = writeFileAtomically(file, csv());
    if (error.isEmpty())
        emit exported(file);
    else
        emit exportFailed(file, error);
}

void ReportTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ReportTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"), this, &ReportTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu.addAction(tr("&Export CSV…"), this, &ReportTableView::exportCsv);
    menu.exec(event->globalPos());
}

QString writeFileAtomically(const QString& file, const std::string& bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) || !out.commit())
        return out.errorString();
    return {};
}

} // namespace carepulse::ui
