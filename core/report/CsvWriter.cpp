#include "CsvWriter.h"

namespace carepulse {

void CsvWriter::appendField(std::string& out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::row(std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (std::string_view f : fields) {
        if (!first)
            m_text += ',';
        first = false;
        appendField(m_text, f);
    }
    m_text += "\r\n";
}

void CsvWriter::row(const std::vector<std::string>& fields)
{
    bool first = true;
    for (const std::string& f : fields) {
        if (!first)
            m_text += ',';
        first = false;
        appendField(m_text, f);
    }
    m_text += "\r\n";
}

} // namespace carepulse
