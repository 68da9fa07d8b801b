#include "outbox.h"

#include "localstore.h"

std::int64_t Outbox::enqueue(fc::sqlite::Database &db, const char *kind, const std::string &entityId,
                             std::int64_t baseVersion, std::int64_t nowMs,
                             const std::string &payload) {
    const std::int64_t id = LocalStore::meta(db, LocalStore::kNextMutationId).toLongLong();
    LocalStore::setMeta(db, LocalStore::kNextMutationId, QString::number(id + 1));
    db.prepare("INSERT INTO outbox (mutation_id, kind, entity_id, payload, base_version, "
               "created_at_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(id, kind, entityId, payload, baseVersion, nowMs)
        .run();
    return id;
}

std::vector<Outbox::Entry> Outbox::pending(fc::sqlite::Database &db, int limit) {
    auto s = db.prepare("SELECT mutation_id, kind, entity_id, base_version, payload FROM outbox "
                        "ORDER BY mutation_id LIMIT ?");
    s.bindAll(limit);
    std::vector<Entry> out;
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2), s.int64(3), s.text(4)});
    return out;
}

int Outbox::pendingFor(fc::sqlite::Database &db, const char *kind, const std::string &entityId) {
    auto s = db.prepare("SELECT count(*) FROM outbox WHERE kind = ? AND entity_id = ?");
    s.bindAll(kind, entityId);
    s.step();
    return static_cast<int>(s.int64(0));
}

void Outbox::remove(fc::sqlite::Database &db, std::int64_t mutationId) {
    db.prepare("DELETE FROM outbox WHERE mutation_id = ?").bindAll(mutationId).run();
}

int Outbox::count(fc::sqlite::Database &db) {
    auto s = db.prepare("SELECT count(*) FROM outbox");
    s.step();
    return static_cast<int>(s.int64(0));
}
