#pragma once
// The quarantine: every bad record with its source, position, reason and text. Its CSV (raw values,
// CLI column names) is the bytes of `carepulse-cli export quarantine`.

#include "DataReports.h"
#include "models/KeyedRowsModel.h"

namespace carepulse::ui {

class QuarantineModel : public KeyedRowsModel<QuarantineRow> {
    Q_OBJECT

public:
    enum Column { SourceColumn, LineColumn, OffsetColumn, KindColumn, ReasonColumn, FieldColumn, DetailColumn, RawColumn,
        ColumnCount };

    explicit QuarantineModel(QObject* parent = nullptr);

    void setQuarantine(std::vector<QuarantineRow> rows) { replaceRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const QuarantineRow& row) const override;
    bool sameRow(const QuarantineRow& a, const QuarantineRow& b) const override;
};

class DataQualityModel : public KeyedRowsModel<DataQualityIssue> {
    Q_OBJECT

public:
    enum Column { KindColumn, AttributeColumn, ValueColumn, CasesColumn, ColumnCount };

    explicit DataQualityModel(QObject* parent = nullptr);

    void setIssues(std::vector<DataQualityIssue> issues) { replaceRows(std::move(issues)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const DataQualityIssue& row) const override;
    bool sameRow(const DataQualityIssue& a, const DataQualityIssue& b) const override;
};

} // namespace carepulse::ui
