// openStore: the backend follows the location, a mysql:// URL or a SQLite file path.
#include "Store.h"

#include "mysql/MysqlStore.h"
#include "sqlite/SqliteStore.h"

namespace carepulse {

std::unique_ptr<Store> openStore(const QString& location)
{
    if (mysql::isMysqlUrl(location))
        return std::make_unique<mysql::MysqlStore>(mysql::parseMysqlUrl(location));
    return std::make_unique<sqlite::SqliteStore>(location);
}

} // namespace carepulse
