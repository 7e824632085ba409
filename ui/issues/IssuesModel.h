#pragma once
// The issues panel's rows: data-quality findings (members the dimensions do not know), live-source
// problems (failures, quarantined records, cut-off clients) and store errors. An issue that comes back
// updates its row (count, time, message) instead of adding another.

#include "models/KeyedRowsModel.h"

#include <QDateTime>

namespace carepulse::ui {

struct Issue {
    enum class Kind : std::uint8_t { DataQuality, Source, Store };
    Kind kind = Kind::Source;
    QString key;     // identifies the issue: "quality:unknown_employee", "source:file:/x:quarantined", ...
    QString subject; // what it is about: a source name, a dimension, the store
    QString message;
    qint64 count = 0; // cases, records or clients it concerns
    QDateTime seen;
};

class IssuesModel : public KeyedRowsModel<Issue> {
    Q_OBJECT

public:
    enum Column { Seen, KindColumn, Subject, Count, Message, ColumnCount };
    using KeyedRowsModel::KeyedRowsModel;

    // Adds the issue, or updates the row with its key.
    void report(const Issue& issue);
    // Like report, counting how often it came: 1 the first time, one more each time after.
    void reportAgain(Issue issue);
    // Replaces every issue of one kind (the data-quality findings after each load).
    void replaceKind(Issue::Kind kind, const std::vector<Issue>& issues);
    void clear() { replaceRows({}); }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(Issue::Kind kind);

protected:
    QString rowKey(const Issue& row) const override { return row.key; }
    bool sameRow(const Issue& a, const Issue& b) const override
    {
        return a.message == b.message && a.count == b.count && a.seen == b.seen && a.subject == b.subject;
    }
};

} // namespace carepulse::ui
