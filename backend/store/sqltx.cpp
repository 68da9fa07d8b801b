#include <string>

#include "backend/store/sqlconflicts.h"
#include "backend/store/sqlevidence.h"
#include "backend/store/sqlreadings.h"
#include "backend/store/sqltx.h"
#include "backend/store/sqlcustody.h"
#include "backend/store/sqloutcomes.h"
#include "backend/store/sqlworkflow.h"
#include "domain/enumnames.h"
#include "domain/sqlite/upsert.h"

namespace fc::server {
namespace {

using sql::Query;

constexpr domain::EnumNameTable<ChangeKind, 7> kChangeKinds = {{
    {ChangeKind::Case, "case"},
    {ChangeKind::Note, "note"},
    {ChangeKind::Enterprise, "enterprise"},
    {ChangeKind::Evidence, "evidence"},
    {ChangeKind::InspectionRecord, "inspection_record"},
    {ChangeKind::Ringelmann, "ringelmann"},
    {ChangeKind::Noise, "noise"},
}};

std::string_view changeKindName(ChangeKind kind) { return domain::enumName(kChangeKinds, kind); }

ChangeKind changeKindFromName(std::string_view name) {
    return domain::enumFromName(kChangeKinds, name).value_or(ChangeKind::Case);
}

// A feed entry's case: none for an enterprise.
std::optional<std::string_view> caseIdOrNull(std::string_view caseId) {
    return caseId.empty() ? std::nullopt : std::optional(caseId);
}

constexpr domain::EnumNameTable<domain::MutationStatus, 3> kMutationStatuses = {{
    {domain::MutationStatus::Applied, "applied"},
    {domain::MutationStatus::Rejected, "rejected"},
    {domain::MutationStatus::Conflict, "conflict"},
}};

std::string_view mutationStatusName(domain::MutationStatus status) {
    return domain::enumName(kMutationStatuses, status);
}

domain::MutationStatus mutationStatusFromName(std::string_view name) {
    return domain::enumFromName(kMutationStatuses, name).value_or(domain::MutationStatus::Applied);
}

constexpr const char *kUserColumns =
    "id, username, display_name, role, jurisdiction, certificate_no, password_hash, disabled, "
    "created_at_ms";

UserRow readUser(const Query &s) {
    UserRow u;
    u.id = s.text(0);
    u.username = s.text(1);
    u.displayName = s.text(2);
    u.role = domain::roleFromName(s.text(3)).value_or(domain::Role::Inspector);
    u.jurisdiction = s.text(4);
    u.certificateNo = s.text(5);
    u.passwordHash = s.text(6);
    u.disabled = s.int64(7) != 0;
    u.createdAtMs = s.int64(8);
    return u;
}

constexpr const char *kEnterpriseColumns =
    "credit_code, name, industry, town, address, latitude, longitude, site_radius_m, "
    "noise_zone_class, has_stack, legal_representative";

domain::Enterprise readEnterprise(const Query &s) {
    domain::Enterprise e;
    e.creditCode = s.text(0);
    e.name = s.text(1);
    e.industry = s.text(2);
    e.town = s.text(3);
    e.address = s.text(4);
    e.site = {s.real(5), s.real(6)};
    e.siteRadiusMeters = s.real(7);
    e.noiseZoneClass = static_cast<int>(s.int64(8));
    e.hasStack = s.int64(9) != 0;
    e.legalRepresentative = s.text(10);
    return e;
}

constexpr const char *kCaseSelect =
    "SELECT c.id, c.number, c.title, c.description, c.enterprise_code, "
    "COALESCE(e.name, ''), c.status, c.due_date, c.created_at_ms, c.updated_at_ms, c.version "
    "FROM cases c LEFT JOIN enterprises e ON e.credit_code = c.enterprise_code ";

constexpr const char *kNoteSelect =
    "SELECT n.id, n.case_id, n.author_id, COALESCE(u.display_name, ''), n.device_id, n.text, "
    "n.created_at_ms, n.received_at_ms FROM notes n LEFT JOIN users u ON u.id = n.author_id ";

domain::Note readNote(const Query &s) {
    domain::Note n;
    n.id = s.text(0);
    n.caseId = s.text(1);
    n.authorId = s.text(2);
    n.authorName = s.text(3);
    n.deviceId = s.text(4);
    n.text = s.text(5);
    n.createdAtMs = s.int64(6);
    n.receivedAtMs = s.int64(7);
    return n;
}

class SqlTx final : public StoreTx {
public:
    explicit SqlTx(sql::Connection &db) : db_(db) {}

    void insertUser(const UserRow &u) override {
        db_.prepare("INSERT INTO users (" + std::string(kUserColumns) +
                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(u.id, u.username, u.displayName, domain::roleName(u.role), u.jurisdiction,
                     u.certificateNo, u.passwordHash, u.disabled, u.createdAtMs)
            .run();
    }

    std::optional<UserRow> userByUsername(std::string_view username) override {
        return oneUser("username = ?", username);
    }

    std::optional<UserRow> userById(std::string_view id) override { return oneUser("id = ?", id); }

    std::vector<UserRow> listUsers() override {
        auto s = db_.prepare("SELECT " + std::string(kUserColumns) + " FROM users ORDER BY username");
        std::vector<UserRow> out;
        while (s.step()) out.push_back(readUser(s));
        return out;
    }

    void insertSession(const SessionRow &r) override {
        db_.prepare("INSERT INTO sessions (token_hash, user_id, device_id, created_at_ms, "
                    "expires_at_ms) VALUES (?, ?, ?, ?, ?)")
            .bindAll(r.tokenHash, r.userId, r.deviceId, r.createdAtMs, r.expiresAtMs)
            .run();
    }

    std::optional<SessionRow> sessionByTokenHash(std::string_view tokenHash) override {
        auto s = db_.prepare("SELECT token_hash, user_id, device_id, created_at_ms, expires_at_ms "
                             "FROM sessions WHERE token_hash = ?");
        s.bindAll(tokenHash);
        if (!s.step()) return std::nullopt;
        return SessionRow{s.text(0), s.text(1), s.text(2), s.int64(3), s.int64(4)};
    }

    void deleteSession(std::string_view tokenHash) override {
        db_.prepare("DELETE FROM sessions WHERE token_hash = ?").bindAll(tokenHash).run();
    }

    void insertDevice(const DeviceRow &d) override {
        db_.prepare("INSERT INTO devices (id, user_id, name, registered_at_ms, revoked_at_ms, "
                    "last_mutation_id) VALUES (?, ?, ?, ?, ?, ?)")
            .bindAll(d.id, d.userId, d.name, d.registeredAtMs, d.revokedAtMs, d.lastMutationId)
            .run();
    }

    std::optional<DeviceRow> deviceById(std::string_view id) override {
        auto found = readDevices("WHERE id = ?", id);
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    }

    std::vector<DeviceRow> listDevices() override {
        return readDevices("ORDER BY registered_at_ms, id", std::nullopt);
    }

    void revokeDevice(std::string_view deviceId, std::int64_t atMs) override {
        db_.prepare("UPDATE devices SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL")
            .bindAll(atMs, deviceId)
            .run();
    }

    void setDeviceLastMutationId(std::string_view deviceId, std::int64_t id) override {
        db_.prepare("UPDATE devices SET last_mutation_id = ? WHERE id = ?")
            .bindAll(id, deviceId)
            .run();
    }

    std::optional<domain::MutationResult> mutationResult(std::string_view deviceId,
                                                         std::int64_t mutationId) override {
        auto s = db_.prepare("SELECT status, reason FROM mutations WHERE device_id = ? AND "
                             "mutation_id = ?");
        s.bindAll(deviceId, mutationId);
        if (!s.step()) return std::nullopt;
        return domain::MutationResult{mutationId, mutationStatusFromName(s.text(0)), s.text(1)};
    }

    void recordMutation(std::string_view deviceId, const domain::MutationResult &r,
                        std::int64_t processedAtMs) override {
        db_.prepare("INSERT INTO mutations (device_id, mutation_id, status, reason, "
                    "processed_at_ms) VALUES (?, ?, ?, ?, ?)")
            .bindAll(deviceId, r.mutationId, mutationStatusName(r.status), r.reason, processedAtMs)
            .run();
    }

    void upsertEnterprise(const domain::Enterprise &e) override {
        sqlite::upsert(db_, "enterprises",
                       {"credit_code", "name", "industry", "town", "address", "latitude", "longitude",
                        "site_radius_m", "noise_zone_class", "has_stack", "legal_representative"},
                       e.creditCode, e.name, e.industry, e.town, e.address, e.site.latitude,
                       e.site.longitude, e.siteRadiusMeters, e.noiseZoneClass, e.hasStack,
                       e.legalRepresentative);
    }

    std::optional<domain::Enterprise> enterpriseByCode(std::string_view code) override {
        auto s = db_.prepare("SELECT " + std::string(kEnterpriseColumns) +
                             " FROM enterprises WHERE credit_code = ?");
        s.bindAll(code);
        if (!s.step()) return std::nullopt;
        return readEnterprise(s);
    }

    std::vector<domain::Enterprise> listEnterprises(std::string_view afterCode, int limit) override {
        auto s = db_.prepare("SELECT " + std::string(kEnterpriseColumns) +
                             " FROM enterprises WHERE credit_code > ? ORDER BY credit_code LIMIT ?");
        s.bindAll(afterCode, limit);
        std::vector<domain::Enterprise> out;
        while (s.step()) out.push_back(readEnterprise(s));
        return out;
    }

    void insertCase(const domain::CaseRecord &c) override {
        db_.prepare("INSERT INTO cases (id, number, title, description, enterprise_code, status, "
                    "due_date, created_at_ms, updated_at_ms, version) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?)")
            .bindAll(c.id, c.number, c.title, c.description, c.enterpriseCode,
                     domain::caseStatusName(c.status), c.dueDate, c.createdAtMs, c.updatedAtMs,
                     c.version)
            .run();
        writeAssignees(c);
    }

    void updateCase(const domain::CaseRecord &c) override {
        db_.prepare("UPDATE cases SET title = ?, description = ?, enterprise_code = ?, status = "
                    "?, due_date = ?, updated_at_ms = ?, version = ? WHERE id = ?")
            .bindAll(c.title, c.description, c.enterpriseCode, domain::caseStatusName(c.status),
                     c.dueDate, c.updatedAtMs, c.version, c.id)
            .run();
        db_.prepare("DELETE FROM case_assignees WHERE case_id = ?").bindAll(c.id).run();
        writeAssignees(c);
    }

    std::optional<domain::CaseRecord> caseById(std::string_view id) override {
        auto cases = readCases(std::string(kCaseSelect) + "WHERE c.id = ?", id);
        if (cases.empty()) return std::nullopt;
        return std::move(cases.front());
    }

    std::vector<domain::CaseRecord> listCases(std::optional<std::string> assigneeId) override {
        if (!assigneeId) return readCases(std::string(kCaseSelect) + "ORDER BY c.due_date, c.number");
        return readCases(std::string(kCaseSelect) +
                             "WHERE c.id IN (SELECT case_id FROM case_assignees WHERE user_id = ?) "
                             "ORDER BY c.due_date, c.number",
                         *assigneeId);
    }

    std::int64_t nextCounter(std::string_view name) override {
        db_.prepare("UPDATE counters SET value = value + 1 WHERE name = ?").bindAll(name).run();
        if (db_.changes() == 0) {
            db_.prepare("INSERT INTO counters (name, value) VALUES (?, 1)").bindAll(name).run();
        }
        auto s = db_.prepare("SELECT value FROM counters WHERE name = ?");
        s.bindAll(name);
        s.step();
        return s.int64(0);
    }

    bool insertNote(const domain::Note &n) override {
        // OR IGNORE skips a taken id (every column is bound non-null; foreign keys still fail).
        db_.prepare("INSERT OR IGNORE INTO notes (id, case_id, author_id, device_id, text, "
                    "created_at_ms, received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bindAll(n.id, n.caseId, n.authorId, n.deviceId, n.text, n.createdAtMs, n.receivedAtMs)
            .run();
        return db_.changes() > 0;
    }

    std::optional<domain::Note> noteById(std::string_view id) override {
        auto s = db_.prepare(std::string(kNoteSelect) + "WHERE n.id = ?");
        s.bindAll(id);
        if (!s.step()) return std::nullopt;
        return readNote(s);
    }

    std::vector<domain::Note> notesOfCase(std::string_view caseId) override {
        auto s = db_.prepare(std::string(kNoteSelect) +
                             "WHERE n.case_id = ? ORDER BY n.created_at_ms, n.id");
        s.bindAll(caseId);
        std::vector<domain::Note> out;
        while (s.step()) out.push_back(readNote(s));
        return out;
    }

    std::int64_t insertCaseEvent(const domain::CaseEvent &event) override {
        return sqlworkflow::insertEvent(db_, event);
    }
    std::vector<domain::CaseEvent> caseEvents(std::string_view caseId) override {
        return sqlworkflow::events(db_, caseId);
    }
    void setCaseProposal(std::string_view caseId, const domain::CaseProposal &proposal) override {
        sqlworkflow::setProposal(db_, caseId, proposal);
    }
    std::optional<domain::CaseProposal> caseProposal(std::string_view caseId) override {
        return sqlworkflow::proposal(db_, caseId);
    }

    std::int64_t custodySize() override { return sqlcustody::size(db_); }
    std::optional<std::int64_t> custodyIndexOf(domain::custody::Kind kind, std::string_view entityId) override {
        return sqlcustody::indexOf(db_, kind, entityId);
    }
    void appendCustodyLeaf(const CustodyLeaf &leaf) override { sqlcustody::appendLeaf(db_, leaf); }
    void insertCustodyNodes(const std::vector<domain::merkle::Node> &nodes) override {
        sqlcustody::insertNodes(db_, nodes);
    }
    std::optional<std::string> custodyNode(int level, std::int64_t index) override {
        return sqlcustody::node(db_, level, index);
    }
    std::vector<CustodyLeaf> custodyLeaves(std::int64_t from, int limit) override {
        return sqlcustody::leaves(db_, from, limit);
    }
    void insertCheckpoint(const domain::custody::Checkpoint &checkpoint) override {
        sqlcustody::insertCheckpoint(db_, checkpoint);
    }
    std::optional<domain::custody::Checkpoint> latestCheckpoint() override {
        return sqlcustody::latestCheckpoint(db_);
    }
    std::optional<domain::custody::Checkpoint> checkpointOfSize(std::int64_t size) override {
        return sqlcustody::checkpointOfSize(db_, size);
    }
    std::vector<domain::custody::Checkpoint> checkpoints() override { return sqlcustody::checkpoints(db_); }
    std::vector<std::pair<domain::custody::Kind, std::string>> unloggedEntities() override {
        return sqlcustody::unlogged(db_);
    }
    std::optional<domain::CaseEvent> caseEventBySeq(std::int64_t seq) override {
        return sqlworkflow::eventBySeq(db_, seq);
    }

    void upsertPublication(const domain::PublicDecision &record) override {
        sqloutcomes::upsertPublication(db_, record);
    }
    std::optional<domain::PublicDecision> publicationOfCase(std::string_view caseId) override {
        return sqloutcomes::publication(db_, caseId);
    }
    std::vector<domain::PublicDecision> listPublications() override { return sqloutcomes::publications(db_); }
    PublicationPage searchPublications(const PublicationFilter &filter, domain::Date today, int offset,
                                       int limit) override {
        return sqloutcomes::searchPublications(db_, filter, today, offset, limit);
    }

    void insertCreditDeduction(const domain::CreditDeduction &deduction) override {
        sqloutcomes::insertDeduction(db_, deduction);
    }
    std::vector<domain::CreditDeduction> creditDeductions(std::string_view enterpriseCode) override {
        return sqloutcomes::deductions(db_, enterpriseCode);
    }
    bool cancelCreditDeduction(std::string_view caseId, domain::Date on) override {
        return sqloutcomes::cancelDeduction(db_, caseId, on);
    }
    std::vector<std::string> enterprisesWithDeductions() override {
        return sqloutcomes::enterprisesWithDeductions(db_);
    }
    void upsertCreditRepair(const domain::CreditRepair &repair) override {
        sqloutcomes::upsertRepair(db_, repair);
    }
    std::optional<domain::CreditRepair> creditRepairById(std::string_view id) override {
        return sqloutcomes::repair(db_, id);
    }
    std::vector<domain::CreditRepair> creditRepairs(std::string_view enterpriseCode) override {
        return sqloutcomes::repairs(db_, enterpriseCode);
    }
    std::vector<domain::CreditRepair> pendingCreditRepairs() override { return sqloutcomes::pendingRepairs(db_); }

    void insertConflict(const domain::CaseConflict &conflict) override {
        sqlconflicts::insertConflict(db_, conflict);
    }
    std::optional<domain::CaseConflict> conflictById(std::string_view id) override {
        return sqlconflicts::conflictById(db_, id);
    }
    std::vector<domain::CaseConflict> listConflicts(bool includeResolved) override {
        return sqlconflicts::listConflicts(db_, includeResolved);
    }
    void resolveConflict(std::string_view id, const std::string &value, std::string_view resolvedBy,
                         std::int64_t atMs) override {
        sqlconflicts::resolveConflict(db_, id, value, resolvedBy, atMs);
    }

    void insertEvidence(const domain::EvidenceItem &item) override {
        sqlevidence::insertEvidence(db_, item);
    }
    std::optional<domain::EvidenceItem> evidenceById(std::string_view id) override {
        return sqlevidence::evidenceById(db_, id);
    }
    std::vector<domain::EvidenceItem> evidenceOfCase(std::string_view caseId) override {
        return sqlevidence::evidenceOfCase(db_, caseId);
    }
    void setEvidenceBytesStored(std::string_view id) override {
        db_.prepare("UPDATE evidence SET bytes_stored = 1 WHERE id = ?").bindAll(id).run();
    }
    void insertInspectionRecord(const domain::InspectionRecord &record,
                                std::int64_t receivedAtMs) override {
        sqlevidence::insertInspectionRecord(db_, record, receivedAtMs);
    }
    std::optional<domain::InspectionRecord> inspectionRecordById(std::string_view id) override {
        return sqlevidence::inspectionRecordById(db_, id);
    }
    std::vector<domain::InspectionRecord> inspectionRecordsOfCase(std::string_view caseId) override {
        return sqlevidence::inspectionRecordsOfCase(db_, caseId);
    }

    void insertRingelmann(const domain::RingelmannObservation &o, std::int64_t receivedAtMs) override {
        sqlreadings::insertRingelmann(db_, o, receivedAtMs);
    }
    std::optional<domain::RingelmannObservation> ringelmannById(std::string_view id) override {
        return sqlreadings::ringelmannById(db_, id);
    }
    void insertNoise(const domain::NoiseRecord &r, std::int64_t receivedAtMs) override {
        sqlreadings::insertNoise(db_, r, receivedAtMs);
    }
    std::optional<domain::NoiseRecord> noiseById(std::string_view id) override {
        return sqlreadings::noiseById(db_, id);
    }
    std::vector<std::string> readingIdsOfCase(std::string_view caseId) override {
        auto s = db_.prepare("SELECT id FROM readings WHERE case_id = ? ORDER BY recorded_at_ms, id");
        s.bindAll(caseId);
        std::vector<std::string> out;
        while (s.step()) out.push_back(s.text(0));
        return out;
    }

    std::int64_t recordChange(ChangeKind kind, std::string_view entityId,
                              std::string_view caseId) override {
        if (kind == ChangeKind::Note) {
            // Notes are outside the entity index (schema v10): a note's entry is found
            // through its case.
            if (caseId.empty()) {
                throw StoreError(StoreError::Kind::Other, "a note's feed entry names its case");
            }
            db_.prepare("DELETE FROM changes WHERE case_id = ? AND kind = 'note' AND entity_id = ?")
                .bindAll(caseId, entityId)
                .run();
            return recordNew(kind, entityId, caseId);
        }
        // Most changes are of entities new to the feed: one insert. An entity already in the
        // feed moves to its head: its row goes, and a new one with a higher number comes.
        // (The index covers kind <> 'note': a query names that term to be able to use it.)
        db_.prepare("INSERT OR IGNORE INTO changes (kind, entity_id, case_id) VALUES (?, ?, ?)")
            .bindAll(changeKindName(kind), entityId, caseIdOrNull(caseId))
            .run();
        if (db_.changes() == 0) {
            db_.prepare("DELETE FROM changes WHERE kind = ? AND entity_id = ? AND kind <> 'note'")
                .bindAll(changeKindName(kind), entityId)
                .run();
            return recordNew(kind, entityId, caseId);
        }
        return db_.lastInsertRowId();
    }

    std::int64_t recordNew(ChangeKind kind, std::string_view entityId, std::string_view caseId) override {
        return insertChange(changeKindName(kind), entityId, caseId);
    }

    void moveCaseToHead(std::string_view caseId) override {
        std::vector<std::pair<std::string, std::string>> entries;  // kind, entity id
        {
            auto s = db_.prepare("SELECT kind, entity_id FROM changes WHERE case_id = ? ORDER BY seq");
            s.bindAll(caseId);
            while (s.step()) entries.emplace_back(s.text(0), s.text(1));
        }
        db_.prepare("DELETE FROM changes WHERE case_id = ?").bindAll(caseId).run();
        for (const auto &[kind, entityId] : entries) insertChange(kind, entityId, caseId);
    }

    std::vector<ChangeRef> changesAfter(std::int64_t cursor, int limit,
                                        std::optional<std::string> assigneeId) override {
        auto s = assigneeId
                     ? db_.prepare("SELECT seq, kind, entity_id FROM changes WHERE seq > ? AND "
                                   "(kind = 'enterprise' OR case_id IN (SELECT case_id FROM "
                                   "case_assignees WHERE user_id = ?)) ORDER BY seq LIMIT ?")
                     : db_.prepare("SELECT seq, kind, entity_id FROM changes WHERE seq > ? ORDER "
                                   "BY seq LIMIT ?");
        if (assigneeId) {
            s.bindAll(cursor, *assigneeId, limit);
        } else {
            s.bindAll(cursor, limit);
        }
        std::vector<ChangeRef> out;
        while (s.step()) out.push_back({s.int64(0), changeKindFromName(s.text(1)), s.text(2)});
        return out;
    }

private:
    // A feed entry at the head; its kind as stored.
    std::int64_t insertChange(std::string_view kind, std::string_view entityId, std::string_view caseId) {
        db_.prepare("INSERT INTO changes (kind, entity_id, case_id) VALUES (?, ?, ?)")
            .bindAll(kind, entityId, caseIdOrNull(caseId))
            .run();
        return db_.lastInsertRowId();
    }

    std::vector<DeviceRow> readDevices(const char *clause, std::optional<std::string_view> arg) {
        auto s = db_.prepare(std::string("SELECT id, user_id, name, registered_at_ms, revoked_at_ms, "
                                         "last_mutation_id FROM devices ") + clause);
        if (arg) s.bindAll(*arg);
        std::vector<DeviceRow> out;
        while (s.step()) {
            DeviceRow d{s.text(0), s.text(1), s.text(2), s.int64(3), std::nullopt, s.int64(5)};
            if (!s.isNull(4)) d.revokedAtMs = s.int64(4);
            out.push_back(std::move(d));
        }
        return out;
    }

    std::optional<UserRow> oneUser(const char *where, std::string_view value) {
        auto s = db_.prepare("SELECT " + std::string(kUserColumns) + " FROM users WHERE " + where);
        s.bindAll(value);
        if (!s.step()) return std::nullopt;
        return readUser(s);
    }

    void writeAssignees(const domain::CaseRecord &c) {
        auto s = db_.prepare("INSERT INTO case_assignees (case_id, position, user_id) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < c.assignees.size(); ++i) {
            s.reset();
            s.bindAll(c.id, static_cast<std::int64_t>(i), c.assignees[i].userId).run();
        }
    }

    template <typename... Args>
    std::vector<domain::CaseRecord> readCases(const std::string &sql, const Args &...args) {
        auto s = db_.prepare(sql);
        s.bindAll(args...);
        std::vector<domain::CaseRecord> out;
        while (s.step()) {
            domain::CaseRecord c;
            c.id = s.text(0);
            c.number = s.text(1);
            c.title = s.text(2);
            c.description = s.text(3);
            c.enterpriseCode = s.text(4);
            c.enterpriseName = s.text(5);
            c.status = domain::caseStatusFromName(s.text(6)).value_or(domain::CaseStatus::Inspection);
            c.dueDate = s.text(7);
            c.createdAtMs = s.int64(8);
            c.updatedAtMs = s.int64(9);
            c.version = s.int64(10);
            out.push_back(std::move(c));
        }
        auto a = db_.prepare("SELECT a.user_id, u.display_name, u.certificate_no FROM "
                             "case_assignees a JOIN users u ON u.id = a.user_id WHERE a.case_id = ? "
                             "ORDER BY a.position");
        for (auto &c : out) {
            a.reset();
            a.bindAll(c.id);
            while (a.step()) c.assignees.push_back({a.text(0), a.text(1), a.text(2)});
        }
        return out;
    }

    sql::Connection &db_;
};

}  // namespace

std::unique_ptr<StoreTx> makeSqlTx(sql::Connection &db) { return std::make_unique<SqlTx>(db); }

}  // namespace fc::server
