#include "backend/store/sqlcustody.h"

namespace fc::server::sqlcustody {
namespace {

using domain::custody::Checkpoint;
using domain::custody::Kind;

sql::Blob blob(std::string_view bytes) { return {bytes.data(), bytes.size(), true}; }

Checkpoint checkpointFrom(const sql::Query &s) {
    return {s.int64(0), std::string(s.blob(1)), s.int64(2), std::string(s.blob(3))};
}

}  // namespace

std::int64_t size(sql::Connection &db) {
    auto s = db.prepare("SELECT coalesce(max(idx) + 1, 0) FROM custody_leaves");
    s.step();
    return s.int64(0);
}

std::optional<std::int64_t> indexOf(sql::Connection &db, Kind kind, std::string_view entityId) {
    auto s = db.prepare("SELECT idx FROM custody_leaves WHERE kind = ? AND entity_id = ?");
    s.bindAll(domain::custody::kindName(kind), entityId);
    if (!s.step()) return std::nullopt;
    return s.int64(0);
}

void appendLeaf(sql::Connection &db, const CustodyLeaf &leaf) {
    db.prepare("INSERT INTO custody_leaves (idx, kind, entity_id, case_id, entry, appended_at_ms) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(leaf.index, domain::custody::kindName(leaf.kind), leaf.entityId, leaf.caseId, blob(leaf.entry),
                 leaf.appendedAtMs)
        .run();
}

void insertNodes(sql::Connection &db, const std::vector<domain::merkle::Node> &nodes) {
    for (const auto &n : nodes) {
        db.prepare("INSERT INTO custody_nodes (level, idx, hash) VALUES (?, ?, ?)")
            .bindAll(n.level, static_cast<std::int64_t>(n.index), blob(n.hash))
            .run();
    }
}

std::optional<std::string> node(sql::Connection &db, int level, std::int64_t index) {
    auto s = db.prepare("SELECT hash FROM custody_nodes WHERE level = ? AND idx = ?");
    s.bindAll(level, index);
    if (!s.step()) return std::nullopt;
    return std::string(s.blob(0));
}

std::vector<CustodyLeaf> leaves(sql::Connection &db, std::int64_t from, int limit) {
    auto s = db.prepare("SELECT idx, kind, entity_id, case_id, entry, appended_at_ms FROM custody_leaves "
                        "WHERE idx >= ? ORDER BY idx LIMIT ?");
    s.bindAll(from, limit);
    std::vector<CustodyLeaf> out;
    while (s.step()) {
        CustodyLeaf leaf;
        leaf.index = s.int64(0);
        const auto kind = domain::custody::kindFromName(s.text(1));
        if (!kind) throw StoreError(StoreError::Kind::Corrupt, "custody entry " + std::to_string(leaf.index) +
                                                                   " has an unknown kind " + s.text(1));
        leaf.kind = *kind;
        leaf.entityId = s.text(2);
        leaf.caseId = s.text(3);
        leaf.entry = std::string(s.blob(4));
        leaf.appendedAtMs = s.int64(5);
        out.push_back(std::move(leaf));
    }
    return out;
}

void insertCheckpoint(sql::Connection &db, const Checkpoint &c) {
    db.prepare("INSERT INTO custody_checkpoints (size, root, at_ms, signature) VALUES (?, ?, ?, ?)")
        .bindAll(c.size, blob(c.root), c.atMs, blob(c.signature))
        .run();
}

std::optional<Checkpoint> latestCheckpoint(sql::Connection &db) {
    auto s = db.prepare("SELECT size, root, at_ms, signature FROM custody_checkpoints ORDER BY size DESC LIMIT 1");
    if (!s.step()) return std::nullopt;
    return checkpointFrom(s);
}

std::optional<Checkpoint> checkpointOfSize(sql::Connection &db, std::int64_t size) {
    auto s = db.prepare("SELECT size, root, at_ms, signature FROM custody_checkpoints WHERE size = ?");
    s.bindAll(size);
    if (!s.step()) return std::nullopt;
    return checkpointFrom(s);
}

std::vector<Checkpoint> checkpoints(sql::Connection &db) {
    auto s = db.prepare("SELECT size, root, at_ms, signature FROM custody_checkpoints ORDER BY size");
    std::vector<Checkpoint> out;
    while (s.step()) out.push_back(checkpointFrom(s));
    return out;
}

std::vector<std::pair<Kind, std::string>> unlogged(sql::Connection &db) {
    std::vector<std::pair<Kind, std::string>> out;
    const auto collect = [&](Kind kind, const std::string &sql) {
        auto s = db.prepare(sql);
        s.bindAll(domain::custody::kindName(kind));
        while (s.step()) out.emplace_back(kind, s.text(0));
    };
    const std::string notLogged = " NOT IN (SELECT entity_id FROM custody_leaves WHERE kind = ?)";
    collect(Kind::Evidence, "SELECT id FROM evidence WHERE id" + notLogged + " ORDER BY received_at_ms, id");
    collect(Kind::InspectionRecord,
            "SELECT id FROM inspection_records WHERE id" + notLogged + " ORDER BY received_at_ms, id");
    collect(Kind::Ringelmann, "SELECT r.id FROM readings r JOIN ringelmann_observations o ON o.id = r.id WHERE r.id" +
                                  notLogged + " ORDER BY r.received_at_ms, r.id");
    collect(Kind::Noise, "SELECT r.id FROM readings r JOIN noise_records n ON n.id = r.id WHERE r.id" + notLogged +
                             " ORDER BY r.received_at_ms, r.id");
    collect(Kind::CaseEvent, "SELECT CAST(seq AS TEXT) FROM case_events WHERE CAST(seq AS TEXT)" + notLogged +
                                 " ORDER BY seq");
    return out;
}

}  // namespace fc::server::sqlcustody
