#include "DataTables.h"

#include "model/Dimensions.h"

#include <QCoreApplication>

namespace carepulse {

std::vector<std::pair<std::string_view, QString>> dataTables()
{
    std::vector<std::pair<std::string_view, QString>> tables;
    for (const DimensionSpec& spec : dimensionSpecs()) {
        tables.emplace_back(spec.table, QCoreApplication::translate("Store", "Dimension: %1")
                                            .arg(QString::fromUtf8(spec.name.data(), static_cast<qsizetype>(spec.name.size()))));
    }
    tables.emplace_back("case_event", QCoreApplication::translate("Store", "Case events"));
    tables.emplace_back("survey", QCoreApplication::translate("Store", "Surveys"));
    tables.emplace_back("quarantine", QCoreApplication::translate("Store", "Quarantined records"));
    tables.emplace_back("import_log", QCoreApplication::translate("Store", "Imported files"));
    return tables;
}

} // namespace carepulse
