#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "domain/sqlite/database.h"
#include "domain/sqlite/error.h"

namespace fc::sqlite {

// Inserts a row or, when its key is taken, updates every other column: what INSERT OR
// REPLACE means, without its cost (it deletes and reinserts, several times slower on these
// stores; and the SQLite inside SQLCipher 3.4 has no ON CONFLICT DO UPDATE). `columns`
// names the key first; `values` follow the same order. `Db` is a Database or any connection
// with the same prepare/bindAll/run/changes (the server store's sql::Connection).
template <typename Db, typename... Args>
void upsert(Db &db, std::string_view table, std::initializer_list<std::string_view> columns,
            const Args &...values) {
    static_assert(sizeof...(Args) >= 2, "a key and at least one column");
    std::string names, marks, sets;
    int n = 0;
    for (const auto column : columns) {
        const std::string param = "?" + std::to_string(++n);
        names += (n > 1 ? ", " : "") + std::string(column);
        marks += (n > 1 ? ", " : "") + param;
        if (n > 1) sets += (n > 2 ? ", " : "") + std::string(column) + " = " + param;
    }
    if (n != static_cast<int>(sizeof...(Args))) throw Error(1, "upsert: columns and values differ");
    const std::string key(*columns.begin());
    db.prepare("INSERT OR IGNORE INTO " + std::string(table) + " (" + names + ") VALUES (" + marks + ")")
        .bindAll(values...)
        .run();
    if (db.changes() > 0) return;
    db.prepare("UPDATE " + std::string(table) + " SET " + sets + " WHERE " + key + " = ?1").bindAll(values...).run();
    // OR IGNORE also skips a row that breaks NOT NULL or CHECK; then nothing was updated.
    if (db.changes() == 0) throw Error(19, "upsert into " + std::string(table) + " broke a constraint");
}

}  // namespace fc::sqlite
