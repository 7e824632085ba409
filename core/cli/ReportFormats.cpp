#include "ReportFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace carepulse::cli {

bool isTableFormat(const QString& format)
{
    return format == QLatin1String("csv") || format == QLatin1String("json") || format == QLatin1String("table");
}

std::string formatTable(const ReportTable& table, const QString& format)
{
    if (format == QLatin1String("csv"))
        return table.toCsv();
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto& row : table.rows) {
            QJsonObject object;
            for (std::size_t c = 0; c < table.header.size() && c < row.size(); ++c) {
                const QString key = QString::fromStdString(table.header[c]);
                object.insert(key, row[c].empty() ? QJsonValue() : QJsonValue(QString::fromStdString(row[c])));
            }
            rows.append(object);
        }
        return QJsonDocument(rows).toJson(QJsonDocument::Indented).toStdString();
    }
    // Aligned columns, for reading in a terminal.
    std::vector<std::size_t> widths(table.header.size(), 0);
    const auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], QString::fromStdString(row[c]).size() > 0 ? static_cast<std::size_t>(QString::fromStdString(row[c]).size()) : std::size_t{0});
    };
    measure(table.header);
    for (const auto& row : table.rows)
        measure(row);
    std::string text;
    const auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
            text += row[c];
            if (c + 1 < row.size())
                text += std::string(widths[c] - static_cast<std::size_t>(QString::fromStdString(row[c]).size()) + 2, ' ');
        }
        text += '\n';
    };
    line(table.header);
    for (const auto& row : table.rows)
        line(row);
    return text;
}

} // namespace carepulse::cli
