#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend/store/store.h"
#include "backend/store/sql.h"

namespace fc::server::sqlcustody {

// The embedded store's custody log: leaves, the perfect-subtree nodes of the Merkle tree
// and the signed checkpoints, called by its StoreTx inside the current transaction.
std::int64_t size(sql::Connection &db);
std::optional<std::int64_t> indexOf(sql::Connection &db, domain::custody::Kind kind, std::string_view entityId);
void appendLeaf(sql::Connection &db, const CustodyLeaf &leaf);
void insertNodes(sql::Connection &db, const std::vector<domain::merkle::Node> &nodes);
std::optional<std::string> node(sql::Connection &db, int level, std::int64_t index);
std::vector<CustodyLeaf> leaves(sql::Connection &db, std::int64_t from, int limit);
void insertCheckpoint(sql::Connection &db, const domain::custody::Checkpoint &checkpoint);
std::optional<domain::custody::Checkpoint> latestCheckpoint(sql::Connection &db);
std::optional<domain::custody::Checkpoint> checkpointOfSize(sql::Connection &db, std::int64_t size);
std::vector<domain::custody::Checkpoint> checkpoints(sql::Connection &db);
std::vector<std::pair<domain::custody::Kind, std::string>> unlogged(sql::Connection &db);

}  // namespace fc::server::sqlcustody
