#include "QuarantineModel.h"

#include <QLocale>

namespace carepulse::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

QuarantineModel::QuarantineModel(QObject* parent)
    : KeyedRowsModel<QuarantineRow>(parent)
{
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuarantineModel::rowKey(const QuarantineRow& r) const
{
    return r.source + QLatin1Char('|') + QString::number(r.line) + QLatin1Char('|') + QString::number(r.offset)
        + QLatin1Char('|') + qs(r.reason) + QLatin1Char('|') + qs(r.field) + QLatin1Char('|') + qs(r.detail);
}

bool QuarantineModel::sameRow(const QuarantineRow& a, const QuarantineRow& b) const
{
    return a.recordKind == b.recordKind && a.raw == b.raw;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineRow& r = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == LineColumn || index.column() == OffsetColumn ? rightAligned() : QVariant();
    if (role == Qt::ToolTipRole && index.column() == RawColumn)
        return qs(r.raw);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case SourceColumn: return r.source;
    case LineColumn: return static_cast<qlonglong>(r.line);
    case OffsetColumn: return static_cast<qlonglong>(r.offset);
    case KindColumn: return qs(r.recordKind);
    case ReasonColumn: return qs(r.reason);
    case FieldColumn: return qs(r.field);
    case DetailColumn: return qs(r.detail);
    case RawColumn: return role == Qt::DisplayRole ? qs(r.raw).simplified() : qs(r.raw);
    default: return {};
    }
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const csv[] = { "source", "line", "byte_offset", "record_kind", "reason", "field", "detail", "raw" };
    if (role == CsvHeaderRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(csv[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn: return tr("Source");
    case LineColumn: return tr("Line");
    case OffsetColumn: return tr("Byte offset");
    case KindColumn: return tr("Record");
    case ReasonColumn: return tr("Reason");
    case FieldColumn: return tr("Field");
    case DetailColumn: return tr("Detail");
    case RawColumn: return tr("Text");
    default: return {};
    }
}

DataQualityModel::DataQualityModel(QObject* parent)
    : KeyedRowsModel<DataQualityIssue>(parent)
{
}

int DataQualityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DataQualityModel::rowKey(const DataQualityIssue& r) const
{
    return QString::number(static_cast<int>(r.kind)) + QLatin1Char('|') + qs(r.attribute) + QLatin1Char('|') + qs(r.value);
}

bool DataQualityModel::sameRow(const DataQualityIssue& a, const DataQualityIssue& b) const
{
    return a.cases == b.cases;
}

QVariant DataQualityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataQualityIssue& r = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == CasesColumn ? rightAligned() : QVariant();
    if (role == RawValueRole) {
        switch (index.column()) {
        case KindColumn: return qs(dataQualityKindName(r.kind));
        case AttributeColumn: return qs(r.attribute);
        case ValueColumn: return qs(r.value);
        case CasesColumn: return static_cast<qlonglong>(r.cases);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        switch (r.kind) {
        case DataQualityIssue::Kind::UnknownCentre: return tr("Unknown call centre");
        case DataQualityIssue::Kind::UnknownCategoryPair: return tr("Unknown category pair (no priority, no SLA)");
        case DataQualityIssue::Kind::UnknownCountry: return tr("Unknown country");
        case DataQualityIssue::Kind::UnknownEmployee: return tr("Unknown employee");
        case DataQualityIssue::Kind::UnknownProduct: return tr("Unknown product");
        case DataQualityIssue::Kind::MissingValue: return tr("Missing value");
        }
        return {};
    case AttributeColumn: return qs(r.attribute);
    case ValueColumn: return r.value.empty() ? tr("(empty)") : qs(r.value);
    case CasesColumn: return QLocale().toString(static_cast<qlonglong>(r.cases));
    default: return {};
    }
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const csv[] = { "issue", "attribute", "value", "cases" };
    if (role == CsvHeaderRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(csv[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Problem");
    case AttributeColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case CasesColumn: return tr("Cases");
    default: return {};
    }
}

} // namespace carepulse::ui
