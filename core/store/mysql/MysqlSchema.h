#pragma once
// The MySQL store's schema and its migrations. The meta table holds the schema version; each migration
// moves the database one version forward under a server-wide named lock, so two CarePulse instances
// starting at once do not both migrate. MySQL commits DDL implicitly, so every step is written to be
// re-run safely (CREATE TABLE IF NOT EXISTS) should a migration be interrupted.

#include "MysqlConnection.h"
#include "model/Dimensions.h"

#include <string>

namespace carepulse::mysql {

constexpr int kSchemaVersion = 2;

// Creates or upgrades the schema to kSchemaVersion. Refuses a database written by a newer CarePulse.
void migrate(Connection& connection);
// 0 when the database holds no CarePulse store.
int schemaVersion(Connection& connection);

// The binary utf8mb4 collation that does not ignore trailing spaces when the server has one (MariaDB
// utf8mb4_nopad_bin, MySQL 8 utf8mb4_0900_bin), else utf8mb4_bin: keys compare as SQLite compares them.
std::string binaryCollation(Connection& connection);

// "CREATE TABLE IF NOT EXISTS table (...)" for a dimension, from its spec. `range` and every other
// column name is quoted.
std::string dimensionTableSql(const DimensionSpec& spec, std::string_view table, std::string_view collation);

// "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=..." for every table.
std::string tableOptions(std::string_view collation);

} // namespace carepulse::mysql
