#pragma once
// The SQLite store's schema and its migrations. PRAGMA user_version holds the schema version; each
// migration moves the store one version forward inside a transaction.

#include "SqliteHandle.h"
#include "model/Dimensions.h"

#include <string>

namespace carepulse::sqlite {

constexpr int kSchemaVersion = 2;

// Creates or upgrades the schema to kSchemaVersion. Refuses a store written by a newer CarePulse.
void migrate(Connection& connection);
int schemaVersion(Connection& connection);

// "CREATE TABLE dim_... (...)" for a dimension, from its spec.
std::string dimensionTableSql(const DimensionSpec& spec);

} // namespace carepulse::sqlite
