#pragma once
// RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted only when they hold a comma, quote or line break.
// One writer for the CLI and the desktop, so the same view gives byte-identical files.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

class CsvWriter {
public:
    void row(std::initializer_list<std::string_view> fields);
    void row(const std::vector<std::string>& fields);
    const std::string& text() const { return m_text; }
    std::string take() { return std::move(m_text); }

    static void appendField(std::string& out, std::string_view field);

private:
    std::string m_text;
};

} // namespace carepulse
