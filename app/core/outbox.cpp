#include "outbox.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "localstore.h"

namespace {

constexpr const char *kAddNote = "note.add";

std::string toPayload(const fc::domain::AddNote &n) {
    const QJsonObject o{{"noteId", QString::fromStdString(n.noteId)},
                        {"caseId", QString::fromStdString(n.caseId)},
                        {"text", QString::fromStdString(n.text)},
                        {"createdAtMs", QString::number(n.createdAtMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

fc::domain::AddNote addNoteFromPayload(const std::string &payload) {
    const auto o = QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
    return {o.value("noteId").toString().toStdString(), o.value("caseId").toString().toStdString(),
            o.value("text").toString().toStdString(),
            o.value("createdAtMs").toString().toLongLong()};
}

}  // namespace

std::int64_t Outbox::enqueue(fc::sqlite::Database &db, fc::domain::Mutation mutation,
                             std::int64_t nowMs) {
    const std::int64_t id = LocalStore::meta(db, LocalStore::kNextMutationId).toLongLong();
    LocalStore::setMeta(db, LocalStore::kNextMutationId, QString::number(id + 1));
    const auto &add = std::get<fc::domain::AddNote>(mutation.body);
    db.prepare("INSERT INTO outbox (mutation_id, kind, entity_id, payload, base_version, "
               "created_at_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(id, kAddNote, add.noteId, toPayload(add), mutation.baseVersion, nowMs)
        .run();
    return id;
}

std::vector<fc::domain::Mutation> Outbox::pending(fc::sqlite::Database &db, int limit) {
    auto s = db.prepare("SELECT mutation_id, kind, payload, base_version FROM outbox ORDER BY "
                        "mutation_id LIMIT ?");
    s.bindAll(limit);
    std::vector<fc::domain::Mutation> out;
    while (s.step()) {
        if (s.text(1) != kAddNote) {
            throw fc::sqlite::Error(0, "unknown outbox entry kind " + s.text(1));
        }
        out.push_back({s.int64(0), s.int64(3), addNoteFromPayload(s.text(2))});
    }
    return out;
}

void Outbox::remove(fc::sqlite::Database &db, std::int64_t mutationId) {
    db.prepare("DELETE FROM outbox WHERE mutation_id = ?").bindAll(mutationId).run();
}

int Outbox::count(fc::sqlite::Database &db) {
    auto s = db.prepare("SELECT count(*) FROM outbox");
    s.step();
    return static_cast<int>(s.int64(0));
}
