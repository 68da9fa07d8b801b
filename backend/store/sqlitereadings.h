#pragma once

#include <optional>
#include <string_view>

#include "domain/reading.h"
#include "domain/sqlite/database.h"

namespace fc::server::sqlitereadings {

// The embedded store's queries for readings, called by its StoreTx inside the current
// transaction. Only observations are stored; grades and verdicts are recomputed.
void insertRingelmann(sqlite::Database &db, const domain::RingelmannObservation &o,
                      std::int64_t receivedAtMs);
std::optional<domain::RingelmannObservation> ringelmannById(sqlite::Database &db,
                                                            std::string_view id);
void insertNoise(sqlite::Database &db, const domain::NoiseRecord &r, std::int64_t receivedAtMs);
std::optional<domain::NoiseRecord> noiseById(sqlite::Database &db, std::string_view id);

}  // namespace fc::server::sqlitereadings
