#include "localmutations.h"

#include <QString>

#include "caseedits.h"
#include "evidencestore.h"
#include "jsoncodec.h"
#include "localrecords.h"

namespace {

[[noreturn]] void missing(const Outbox::Entry &entry) {
    throw fc::sqlite::Error(0, "outbox entry " + std::to_string(entry.mutationId) + " names " +
                                   entry.kind + " " + entry.entityId + ", which is not stored");
}

const char *tableOf(const std::string &kind) {
    if (kind == Outbox::kAddNote) return "notes";
    if (kind == Outbox::kAddEvidence) return "evidence";
    if (kind == Outbox::kAddInspectionRecord) return "inspection_records";
    if (kind == Outbox::kAddReading) return "readings";
    return nullptr;
}

}  // namespace

fc::domain::Mutation LocalMutations::build(fc::sqlite::Database &db, const Outbox::Entry &entry) {
    fc::domain::Mutation m;
    m.mutationId = entry.mutationId;
    m.baseVersion = entry.baseVersion;
    const QString id = QString::fromStdString(entry.entityId);
    if (entry.kind == Outbox::kAddNote) {
        auto s = db.prepare("SELECT case_id, text, created_at_ms FROM notes WHERE id = ?");
        s.bindAll(entry.entityId);
        if (!s.step()) missing(entry);
        m.body = fc::domain::AddNote{entry.entityId, s.text(0), s.text(1), s.int64(2)};
    } else if (entry.kind == Outbox::kAddEvidence) {
        auto row = EvidenceStore::byId(db, id);
        if (!row) missing(entry);
        m.body = fc::domain::AddEvidence{row->item};
    } else if (entry.kind == Outbox::kAddInspectionRecord) {
        auto s = db.prepare("SELECT payload FROM inspection_records WHERE id = ?");
        s.bindAll(entry.entityId);
        if (!s.step()) missing(entry);
        m.body = fc::domain::AddInspectionRecord{JsonCodec::recordFromJson(JsonCodec::parse(s.text(0)))};
    } else if (entry.kind == Outbox::kAddReading) {
        auto s = db.prepare("SELECT kind, payload FROM readings WHERE id = ?");
        s.bindAll(entry.entityId);
        if (!s.step()) missing(entry);
        const auto payload = JsonCodec::parse(s.text(1));
        if (s.text(0) == "ringelmann") {
            m.body = fc::domain::AddRingelmann{JsonCodec::ringelmannFromJson(payload)};
        } else {
            m.body = fc::domain::AddNoise{JsonCodec::noiseFromJson(payload)};
        }
    } else if (entry.kind == Outbox::kEditCase) {
        m.body = CaseEdits::fromPayload(entry.entityId, entry.payload);
    } else {
        throw fc::sqlite::Error(0, "unknown outbox entry kind " + entry.kind);
    }
    return m;
}

void LocalMutations::applyResult(fc::sqlite::Database &db, const Outbox::Entry &entry,
                                 const fc::domain::MutationResult &result) {
    const bool applied = result.status == fc::domain::MutationStatus::Applied;
    if (entry.kind == Outbox::kEditCase) {
        if (!applied) CaseEdits::recordRefusal(db, entry, result);
        return;
    }
    const char *table = tableOf(entry.kind);
    if (!table) return;
    db.prepare(std::string("UPDATE ") + table + " SET state = ?, reason = ? WHERE id = ?")
        .bindAll(applied ? "synced" : "rejected", applied ? std::string() : result.reason,
                 entry.entityId)
        .run();
}
