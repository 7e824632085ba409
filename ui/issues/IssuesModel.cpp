#include "IssuesModel.h"

#include <QLocale>

namespace carepulse::ui {

void IssuesModel::report(const Issue& issue)
{
    std::vector<Issue> next = rows();
    const auto it = std::find_if(next.begin(), next.end(), [&](const Issue& i) { return i.key == issue.key; });
    if (it == next.end())
        next.push_back(issue);
    else
        *it = issue;
    replaceRows(std::move(next));
}

void IssuesModel::reportAgain(Issue issue)
{
    issue.count = 1;
    for (const Issue& i : rows())
        if (i.key == issue.key)
            issue.count = i.count + 1;
    report(issue);
}

void IssuesModel::replaceKind(Issue::Kind kind, const std::vector<Issue>& issues)
{
    std::vector<Issue> next;
    for (const Issue& i : rows())
        if (i.kind != kind)
            next.push_back(i);
    next.insert(next.end(), issues.begin(), issues.end());
    replaceRows(std::move(next));
}

QString IssuesModel::kindText(Issue::Kind kind)
{
    switch (kind) {
    case Issue::Kind::DataQuality:
        return tr("Data quality");
    case Issue::Kind::Source:
        return tr("Live source");
    case Issue::Kind::Store:
        return tr("Store");
    }
    return {};
}

QVariant IssuesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Issue& i = rowAt(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Seen:
            return i.seen;
        case KindColumn:
            return static_cast<int>(i.kind);
        case Subject:
            return i.subject;
        case Count:
            return i.count;
        case Message:
            return i.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return i.message;
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seen:
        return QLocale().toString(i.seen.time(), QLocale::ShortFormat);
    case KindColumn:
        return kindText(i.kind);
    case Subject:
        return i.subject;
    case Count:
        return QLocale().toString(i.count);
    case Message:
        return i.message;
    default:
        return {};
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const kCsv[] = {"seen", "kind", "subject", "count", "message"};
    if (role == CsvHeaderRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(kCsv[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seen:
        return tr("Seen");
    case KindColumn:
        return tr("Kind");
    case Subject:
        return tr("About");
    case Count:
        return tr("Count");
    case Message:
        return tr("Issue");
    default:
        return {};
    }
}

} // namespace carepulse::ui
