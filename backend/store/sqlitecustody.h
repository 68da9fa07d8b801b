#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend/store/store.h"
#include "domain/sqlite/database.h"

namespace fc::server::sqlitecustody {

// The embedded store's custody log: leaves, the perfect-subtree nodes of the Merkle tree
// and the signed checkpoints, called by its StoreTx inside the current transaction.
std::int64_t size(sqlite::Database &db);
std::optional<std::int64_t> indexOf(sqlite::Database &db, domain::custody::Kind kind, std::string_view entityId);
void appendLeaf(sqlite::Database &db, const CustodyLeaf &leaf);
void insertNodes(sqlite::Database &db, const std::vector<domain::merkle::Node> &nodes);
std::optional<std::string> node(sqlite::Database &db, int level, std::int64_t index);
std::vector<CustodyLeaf> leaves(sqlite::Database &db, std::int64_t from, int limit);
void insertCheckpoint(sqlite::Database &db, const domain::custody::Checkpoint &checkpoint);
std::optional<domain::custody::Checkpoint> latestCheckpoint(sqlite::Database &db);
std::optional<domain::custody::Checkpoint> checkpointOfSize(sqlite::Database &db, std::int64_t size);
std::vector<domain::custody::Checkpoint> checkpoints(sqlite::Database &db);
std::vector<std::pair<domain::custody::Kind, std::string>> unlogged(sqlite::Database &db);

}  // namespace fc::server::sqlitecustody
