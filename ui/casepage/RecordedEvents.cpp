#include "RecordedEvents.h"

#include "book/CaseBook.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <utility>

namespace {

// The translation context of the recorded events' texts.
struct RecordedEventText {
    Q_DECLARE_TR_FUNCTIONS(RecordedEventText)
};

} // namespace

namespace carepulse::ui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// What a reader follows from one event of a case to the next, as it is shown.
struct Members {
    QString status;
    QString agent;
    QString priority;
    QString category;
    QString centre;
    QString channel;
    QString country;
    QString product;
    QString created;
};

using Field = QString Members::*;

// In the order they are listed; the priority follows from the category pair.
std::vector<std::pair<QString, Field>> fields()
{
    return {
        { RecordedEventText::tr("status"), &Members::status },
        { RecordedEventText::tr("agent"), &Members::agent },
        { RecordedEventText::tr("priority"), &Members::priority },
        { RecordedEventText::tr("category"), &Members::category },
        { RecordedEventText::tr("call centre"), &Members::centre },
        { RecordedEventText::tr("channel"), &Members::channel },
        { RecordedEventText::tr("country"), &Members::country },
        { RecordedEventText::tr("product"), &Members::product },
        { RecordedEventText::tr("created"), &Members::created },
    };
}

Members membersOf(const CaseBook& book, const CaseEvent& e)
{
    const BookDimensions& dimensions = book.dimensions();
    Members m;
    m.status = qs(e.status);
    m.agent = qs(e.employeeKey);
    if (const auto employee = dimensions.employees.find(e.employeeKey); employee != dimensions.employees.end())
        m.agent += QStringLiteral(" (") + qs(employee->second.first) + QLatin1Char(')');
    const auto pair = dimensions.categoryPairs.find({ e.category, e.subCategory });
    m.priority = pair != dimensions.categoryPairs.end() && pair->second.priority < dimensions.priorities.size()
        ? qs(dimensions.priorities[pair->second.priority].key)
        : RecordedEventText::tr("unknown");
    m.category = qs(e.category) + QStringLiteral(" › ") + qs(e.subCategory);
    m.centre = qs(e.callCenterId);
    m.channel = qs(e.channel);
    m.country = qs(e.countryCode);
    m.product = qs(e.productCode);
    m.created = QString::fromStdString(formatTimestamp(e.created));
    return m;
}

// The first event: the members it starts with (its status is the row's event, its creation the row before).
QString firstRecord(const Members& m)
{
    QStringList parts;
    for (const auto& [label, field] : fields()) {
        if (field != &Members::status && field != &Members::created)
            parts << RecordedEventText::tr("%1 %2", "a member's label and value").arg(label, m.*field);
    }
    return parts.join(QStringLiteral(", "));
}

QString changes(const Members& before, const Members& after)
{
    QStringList parts;
    for (const auto& [label, field] : fields()) {
        if (before.*field != after.*field)
            parts << RecordedEventText::tr("%1 %2 → %3", "a member's label, value before, value after")
                         .arg(label, before.*field, after.*field);
    }
    return parts.isEmpty() ? RecordedEventText::tr("no change") : parts.join(QStringLiteral(", "));
}

} // namespace

std::vector<TimelineEvent> recordedEventRows(const CaseBook& book, const std::vector<CaseEvent>& events,
    Timestamp asOf)
{
    std::vector<TimelineEvent> rows;
    rows.reserve(events.size());
    std::optional<Members> previous;
    for (const CaseEvent& e : events) {
        Members current = membersOf(book, e);
        TimelineEvent row;
        row.time = e.modified;
        row.kind = book.statuses().isClosed(e.status) ? TimelineEvent::Kind::Closed : TimelineEvent::Kind::Opened;
        row.detail = previous ? changes(*previous, current) : firstRecord(current);
        row.afterAsOf = e.modified > asOf;
        row.status = current.status;
        row.ordinal = static_cast<int>(rows.size());
        rows.push_back(std::move(row));
        previous = std::move(current);
    }
    return rows;
}

} // namespace carepulse::ui
