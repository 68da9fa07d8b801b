#include "localrecords.h"

#include "domain/sqlite/upsert.h"
#include "evidencestore.h"
#include "jsoncodec.h"

namespace {

using fc::sqlite::Statement;

std::string str(const QString &s) { return s.toStdString(); }

LocalRecords::NoteState stateFromName(const std::string &name) {
    if (name == "synced") return LocalRecords::NoteState::Synced;
    if (name == "rejected") return LocalRecords::NoteState::Rejected;
    return LocalRecords::NoteState::Pending;
}

void insertNote(fc::sqlite::Database &db, const fc::domain::Note &n, const char *state) {
    fc::sqlite::upsert(db, "notes",
                       {"id", "case_id", "author_id", "author_name", "device_id", "text",
                        "created_at_ms", "received_at_ms", "state", "reason"},
                       n.id, n.caseId, n.authorId, n.authorName, n.deviceId, n.text, n.createdAtMs,
                       n.receivedAtMs, state, "");
}

}  // namespace

QString LocalRecords::stateName(NoteState state) {
    switch (state) {
    case NoteState::Pending: return QStringLiteral("pending");
    case NoteState::Synced: return QStringLiteral("synced");
    case NoteState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

void LocalRecords::upsertCase(fc::sqlite::Database &db, const fc::domain::CaseRecord &c) {
    fc::sqlite::upsert(db, "cases",
                       {"id", "number", "title", "description", "enterprise_code", "enterprise_name",
                        "status", "due_date", "created_at_ms", "updated_at_ms", "version"},
                       c.id, c.number, c.title, c.description, c.enterpriseCode, c.enterpriseName,
                       fc::domain::caseStatusName(c.status), c.dueDate, c.createdAtMs, c.updatedAtMs,
                       c.version);
    db.prepare("DELETE FROM case_assignees WHERE case_id = ?").bindAll(c.id).run();
    auto s = db.prepare("INSERT INTO case_assignees (case_id, position, user_id, display_name, "
                        "certificate_no) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < c.assignees.size(); ++i) {
        s.reset();
        const auto &o = c.assignees[i];
        s.bindAll(c.id, static_cast<std::int64_t>(i), o.userId, o.displayName, o.certificateNo)
            .run();
    }
}

void LocalRecords::upsertSynced(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item) {
    EvidenceStore::upsertSynced(db, item);
}

void LocalRecords::upsertSynced(fc::sqlite::Database &db, const fc::domain::InspectionRecord &r) {
    fc::sqlite::upsert(db, "inspection_records",
                       {"id", "case_id", "payload", "created_at_ms", "state", "reason"}, r.id, r.caseId,
                       JsonCodec::compact(JsonCodec::toJson(r)), r.startedAtMs, "synced", "");
}

namespace {

void writeReading(fc::sqlite::Database &db, const fc::domain::ReadingHeader &h, const char *kind,
                  const QJsonObject &payload, const char *state) {
    fc::sqlite::upsert(db, "readings",
                       {"id", "case_id", "kind", "payload", "created_at_ms", "state", "reason"}, h.id,
                       h.caseId, kind, JsonCodec::compact(payload), h.recordedAtMs, state, "");
}

}  // namespace

void LocalRecords::upsertSynced(fc::sqlite::Database &db, const fc::domain::RingelmannObservation &o) {
    writeReading(db, o.header, "ringelmann", JsonCodec::toJson(o), "synced");
}

void LocalRecords::upsertSynced(fc::sqlite::Database &db, const fc::domain::NoiseRecord &r) {
    writeReading(db, r.header, "noise", JsonCodec::toJson(r), "synced");
}

void LocalRecords::insertPendingReading(fc::sqlite::Database &db,
                                        const fc::domain::RingelmannObservation &o) {
    writeReading(db, o.header, "ringelmann", JsonCodec::toJson(o), "pending");
}

void LocalRecords::insertPendingReading(fc::sqlite::Database &db, const fc::domain::NoiseRecord &r) {
    writeReading(db, r.header, "noise", JsonCodec::toJson(r), "pending");
}

void LocalRecords::upsertEnterprise(fc::sqlite::Database &db, const fc::domain::Enterprise &e) {
    fc::sqlite::upsert(db, "enterprises",
                       {"credit_code", "name", "industry", "town", "address", "latitude", "longitude",
                        "site_radius_m", "noise_zone_class", "has_stack", "legal_representative"},
                       e.creditCode, e.name, e.industry, e.town, e.address, e.site.latitude,
                       e.site.longitude, e.siteRadiusMeters, e.noiseZoneClass, e.hasStack,
                       e.legalRepresentative);
}

void LocalRecords::upsertSyncedNote(fc::sqlite::Database &db, const fc::domain::Note &note) {
    insertNote(db, note, "synced");
}

void LocalRecords::insertPendingNote(fc::sqlite::Database &db, const fc::domain::Note &note) {
    insertNote(db, note, "pending");
}

void LocalRecords::setNoteState(fc::sqlite::Database &db, const QString &noteId, NoteState state,
                                const QString &reason) {
    db.prepare("UPDATE notes SET state = ?, reason = ? WHERE id = ?")
        .bindAll(str(stateName(state)), str(reason), str(noteId))
        .run();
}

std::optional<fc::domain::CaseRecord> LocalRecords::caseById(fc::sqlite::Database &db,
                                                             const QString &id) {
    auto found = selectCases(db, "cases c WHERE c.id = ?", str(id), 1, 0);
    if (found.empty()) return std::nullopt;
    return std::move(found.front().record);
}

namespace {
constexpr const char *kByDueDate = "cases c INDEXED BY cases_due";
// As a correlated lookup on the assignees' key, so that a page walks the due-date index and
// stops at its last row instead of reading every assigned case.
constexpr const char *kAssignedTo =
    "WHERE EXISTS (SELECT 1 FROM case_assignees a WHERE a.case_id = c.id AND a.user_id = ?)";
}  // namespace

std::vector<LocalRecords::CaseSummary> LocalRecords::cases(fc::sqlite::Database &db, const QString &assigneeId,
                                                           int limit, int offset) {
    if (assigneeId.isEmpty()) return selectCases(db, kByDueDate, {}, limit, offset);
    return selectCases(db, std::string(kByDueDate) + " " + kAssignedTo, str(assigneeId), limit, offset);
}

int LocalRecords::caseCount(fc::sqlite::Database &db, const QString &assigneeId) {
    // Assignee rows exist only beside their case (upsertCase replaces them): counting them
    // reads one small index, not the cases.
    auto s = db.prepare(assigneeId.isEmpty() ? "SELECT count(*) FROM cases"
                                             : "SELECT count(*) FROM case_assignees WHERE user_id = ?");
    if (!assigneeId.isEmpty()) s.bindAll(str(assigneeId));
    s.step();
    return static_cast<int>(s.int64(0));
}

std::vector<LocalRecords::CaseSummary> LocalRecords::selectCases(fc::sqlite::Database &db,
                                                                 const std::string &from,
                                                                 const std::string &arg, int limit,
                                                                 int offset) {
    // The page first (walking the due-date index), then the note counts of its rows only.
    auto s = db.prepare(
        "SELECT c.id, c.number, c.title, c.description, c.enterprise_code, c.enterprise_name, "
        "c.status, c.due_date, c.created_at_ms, c.updated_at_ms, c.version, "
        "(SELECT count(*) FROM notes n WHERE n.case_id = c.id), "
        "(SELECT count(*) FROM notes n WHERE n.case_id = c.id AND n.state = 'pending'), "
        "e.latitude, e.longitude "
        "FROM (SELECT * FROM " + from +
        " ORDER BY c.due_date, c.number LIMIT ? OFFSET ?) c "
        "LEFT JOIN enterprises e ON e.credit_code = c.enterprise_code "
        "ORDER BY c.due_date, c.number");
    int index = 0;
    if (!arg.empty()) s.bind(++index, arg);
    s.bind(++index, limit);
    s.bind(++index, offset);
    std::vector<CaseSummary> out;
    while (s.step()) {
        CaseSummary summary;
        auto &c = summary.record;
        c.id = s.text(0);
        c.number = s.text(1);
        c.title = s.text(2);
        c.description = s.text(3);
        c.enterpriseCode = s.text(4);
        c.enterpriseName = s.text(5);
        c.status = fc::domain::caseStatusFromName(s.text(6))
                       .value_or(fc::domain::CaseStatus::Inspection);
        c.dueDate = s.text(7);
        c.createdAtMs = s.int64(8);
        c.updatedAtMs = s.int64(9);
        c.version = s.int64(10);
        summary.noteCount = static_cast<int>(s.int64(11));
        summary.pendingNotes = static_cast<int>(s.int64(12));
        if (!s.isNull(13) && !s.isNull(14)) summary.site = fc::domain::GeoPoint{s.real(13), s.real(14)};
        out.push_back(std::move(summary));
    }
    auto a = db.prepare("SELECT user_id, display_name, certificate_no FROM case_assignees WHERE "
                        "case_id = ? ORDER BY position");
    for (auto &summary : out) {
        a.reset();
        a.bindAll(summary.record.id);
        while (a.step()) summary.record.assignees.push_back({a.text(0), a.text(1), a.text(2)});
    }
    return out;
}

std::vector<LocalRecords::LocalNote> LocalRecords::notesOf(fc::sqlite::Database &db,
                                                           const QString &caseId) {
    auto s = db.prepare("SELECT id, case_id, author_id, author_name, device_id, text, "
                        "created_at_ms, received_at_ms, state, reason FROM notes WHERE case_id = ? "
                        "ORDER BY created_at_ms, id");
    s.bindAll(str(caseId));
    std::vector<LocalNote> out;
    while (s.step()) {
        LocalNote n;
        n.note = {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.int64(6), s.int64(7)};
        n.state = stateFromName(s.text(8));
        n.reason = QString::fromStdString(s.text(9));
        out.push_back(std::move(n));
    }
    return out;
}

std::optional<fc::domain::Enterprise> LocalRecords::enterprise(fc::sqlite::Database &db,
                                                               const QString &creditCode) {
    auto s = db.prepare("SELECT credit_code, name, industry, town, address, latitude, longitude, "
                        "site_radius_m, noise_zone_class, has_stack, legal_representative FROM "
                        "enterprises WHERE credit_code = ?");
    s.bindAll(str(creditCode));
    if (!s.step()) return std::nullopt;
    return fc::domain::Enterprise{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
                                  {s.real(5), s.real(6)}, s.real(7), static_cast<int>(s.int64(8)),
                                  s.int64(9) != 0, s.text(10)};
}
