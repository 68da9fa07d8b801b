#include "backend/store/openstore.h"

#include "backend/store/pgstore.h"
#include "backend/store/sqlitestore.h"

namespace fc::server {

bool isPostgresUri(std::string_view db) { return db.starts_with("postgresql://") || db.starts_with("postgres://"); }

std::unique_ptr<Store> openStore(const std::string &db, const std::filesystem::path &dataDir) {
    if (db.empty()) return std::make_unique<SqliteStore>(dataDir);
    if (isPostgresUri(db)) return std::make_unique<PgStore>(db);
    throw StoreError(StoreError::Kind::Other,
                     "--db must be a PostgreSQL URI (postgresql://user@host:port/database), not \"" + db + "\"");
}

}  // namespace fc::server
