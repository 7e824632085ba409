#pragma once
// Which statuses close a case. A setting: the defaults are data-formats.md's (Closed, Resolved,
// Completed, Not a problem, Rejected), compared case-insensitively; every other status is open.

#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace carepulse {

class StatusClasses {
public:
    StatusClasses();
    explicit StatusClasses(const QStringList& closedStatuses);

    static QStringList defaultClosedStatuses();
    bool isClosed(std::string_view status) const;
    const std::vector<std::string>& closedLower() const { return m_closedLower; }

private:
    std::vector<std::string> m_closedLower;
};

} // namespace carepulse
