#pragma once
// The table every page uses: read-only rows, Ctrl+C copies the selected rows (tab-separated, with the
// header), and "Export CSV…" writes the view through core's CsvWriter. A page whose table has a CLI
// twin sets its own exporter so the file is byte-identical to `carepulse-cli export`.

#include <QTableView>

#include <functional>
#include <string>

namespace carepulse::ui {

class ReportTableView : public QTableView {
    Q_OBJECT

public:
    explicit ReportTableView(QWidget* parent = nullptr);

    // The CSV of the whole view: header from CsvHeaderRole (else the header text), cells from RawValueRole
    // (no value: an empty field), in the view's row order.
    std::string csv() const;
    // Text of the selected rows for the clipboard.
    QString selectionText() const;

    using Exporter = std::function<void(const QString& file)>;
    // Replaces the default export (csv() written to the file).
    void setExporter(Exporter exporter) { m_exporter = std::move(exporter); }
    // Asks for a file name and exports; the name is remembered per table.
    void exportCsv();
    void exportTo(const QString& file);
    void copySelection() const;

signals:
    void exported(const QString& file);
    void exportFailed(const QString& file, const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    Exporter m_exporter;
};

// Writes bytes to a file atomically; returns an error message, empty on success.
QString writeFileAtomically(const QString& file, const std::string& bytes);

} // namespace carepulse::ui
