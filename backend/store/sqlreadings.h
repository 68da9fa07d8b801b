#pragma once

#include <optional>
#include <string_view>

#include "domain/reading.h"
#include "backend/store/sql.h"

namespace fc::server::sqlreadings {

// The embedded store's queries for readings, called by its StoreTx inside the current
// transaction. Only observations are stored; grades and verdicts are recomputed.
void insertRingelmann(sql::Connection &db, const domain::RingelmannObservation &o,
                      std::int64_t receivedAtMs);
std::optional<domain::RingelmannObservation> ringelmannById(sql::Connection &db,
                                                            std::string_view id);
void insertNoise(sql::Connection &db, const domain::NoiseRecord &r, std::int64_t receivedAtMs);
std::optional<domain::NoiseRecord> noiseById(sql::Connection &db, std::string_view id);

}  // namespace fc::server::sqlreadings
