#include "StatusClasses.h"

#include "parse/Tsv.h"

#include <algorithm>

namespace carepulse {

StatusClasses::StatusClasses() : StatusClasses(defaultClosedStatuses()) {}

StatusClasses::StatusClasses(const QStringList& closedStatuses)
{
    for (const QString& s : closedStatuses)
        m_closedLower.push_back(toLowerAscii(s.trimmed().toStdString()));
}

QStringList StatusClasses::defaultClosedStatuses()
{
    return {QStringLiteral("Closed"), QStringLiteral("Resolved"), QStringLiteral("Completed"),
            QStringLiteral("Not a problem"), QStringLiteral("Rejected")};
}

bool StatusClasses::isClosed(std::string_view status) const
{
    // Statuses are few and short; the common "Open"/"Closed" are decided on the first compare.
    for (const std::string& closed : m_closedLower) {
        if (closed.size() != status.size())
            continue;
        bool equal = true;
        for (std::size_t i = 0; i < status.size() && equal; ++i) {
            char c = status[i];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            equal = c == closed[i];
        }
        if (equal)
            return true;
    }
    return false;
}

} // namespace carepulse
