#include "backend/store/schema.h"

#include <algorithm>
#include <array>

#include "backend/store/store.h"

namespace fc::server::schema {
namespace {

// Written in SQLite's dialect; the PostgreSQL store translates the types (postgresDdl).

constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    certificate_no TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    registered_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER,
    last_mutation_id INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL
);
CREATE TABLE mutations (
    device_id TEXT NOT NULL REFERENCES devices(id),
    mutation_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    processed_at_ms INTEGER NOT NULL,
    PRIMARY KEY (device_id, mutation_id)
);
CREATE TABLE enterprises (
    credit_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT NOT NULL,
    town TEXT NOT NULL,
    address TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    site_radius_m REAL NOT NULL,
    noise_zone_class INTEGER NOT NULL,
    has_stack INTEGER NOT NULL,
    legal_representative TEXT NOT NULL
);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    enterprise_code TEXT NOT NULL REFERENCES enterprises(credit_code),
    status TEXT NOT NULL,
    due_date TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE TABLE case_assignees (
    case_id TEXT NOT NULL REFERENCES cases(id),
    position INTEGER NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignees_user ON case_assignees(user_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    author_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    received_at_ms INTEGER NOT NULL
);
CREATE INDEX notes_case ON notes(case_id);
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id TEXT,
    UNIQUE (kind, entity_id)
);
CREATE INDEX changes_case ON changes(case_id);
)sql";

// Evidence metadata, on-site inspection records, and the positions they were made at.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE positions (
    owner_id TEXT PRIMARY KEY,
    has_fix INTEGER NOT NULL,
    latitude REAL, longitude REAL, altitude REAL, fix_time_ms INTEGER, accuracy REAL,
    satellites INTEGER, hdop REAL, source TEXT NOT NULL, simulated INTEGER NOT NULL,
    no_fix INTEGER NOT NULL, poor_accuracy INTEGER NOT NULL, site_distance REAL,
    outside_site INTEGER NOT NULL
);
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    captured_at_ms INTEGER NOT NULL,
    captured_by TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    description TEXT NOT NULL,
    supersedes TEXT NOT NULL,
    supersede_reason TEXT NOT NULL,
    received_at_ms INTEGER NOT NULL,
    bytes_stored INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_case ON evidence(case_id);
CREATE TABLE inspection_records (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER NOT NULL, place TEXT NOT NULL,
    party_name TEXT NOT NULL, party_representative TEXT NOT NULL,
    party_representative_role TEXT NOT NULL, credentials_shown INTEGER NOT NULL,
    rights_explained INTEGER NOT NULL, findings TEXT NOT NULL, party_signature TEXT NOT NULL,
    party_refused INTEGER NOT NULL, refusal_note TEXT NOT NULL, witness_name TEXT NOT NULL,
    witness_signature TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL, supersedes TEXT NOT NULL, supersede_reason TEXT NOT NULL,
    received_at_ms INTEGER NOT NULL
);
CREATE INDEX inspection_records_case ON inspection_records(case_id);
CREATE TABLE inspection_record_officers (
    record_id TEXT NOT NULL REFERENCES inspection_records(id), position INTEGER NOT NULL,
    user_id TEXT NOT NULL, name TEXT NOT NULL, certificate_no TEXT NOT NULL,
    signature_evidence_id TEXT NOT NULL, PRIMARY KEY (record_id, position)
);
CREATE TABLE inspection_record_evidence (
    record_id TEXT NOT NULL REFERENCES inspection_records(id), position INTEGER NOT NULL,
    evidence_id TEXT NOT NULL, PRIMARY KEY (record_id, position)
);
)sql";

// Readings: Ringelmann observations and boundary noise measurements, as observed.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE readings (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    recorded_at_ms INTEGER NOT NULL,
    received_at_ms INTEGER NOT NULL,
    supersedes TEXT NOT NULL,
    supersede_reason TEXT NOT NULL
);
CREATE INDEX readings_case ON readings(case_id);
CREATE TABLE ringelmann_observations (
    id TEXT PRIMARY KEY REFERENCES readings(id),
    cadence_seconds INTEGER NOT NULL, readings TEXT NOT NULL, overcast INTEGER NOT NULL,
    started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER NOT NULL, stack TEXT NOT NULL,
    distance_m REAL NOT NULL, bearing_deg REAL NOT NULL, wind_speed_ms REAL NOT NULL,
    wind_direction TEXT NOT NULL, sky TEXT NOT NULL, plume_background TEXT NOT NULL,
    chart TEXT NOT NULL, conditions TEXT NOT NULL
);
CREATE TABLE noise_records (
    id TEXT PRIMARY KEY REFERENCES readings(id),
    meter_model TEXT NOT NULL, meter_serial TEXT NOT NULL, meter_class INTEGER NOT NULL,
    calibration_before_db REAL NOT NULL, calibration_after_db REAL NOT NULL,
    point_description TEXT NOT NULL, zone_class INTEGER NOT NULL,
    measured_at_ms INTEGER NOT NULL, indoor INTEGER NOT NULL, measured_leq_db REAL NOT NULL,
    background_leq_db REAL NOT NULL, night_lmax_db REAL, lmax_kind TEXT NOT NULL
);
)sql";

// Compare-and-set edits that met a changed case: both values, until a supervisor chooses.
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE case_conflicts (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    field TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    server_value TEXT NOT NULL,
    proposed_value TEXT NOT NULL,
    proposed_by TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    resolved_value TEXT,
    resolved_by TEXT REFERENCES users(id),
    resolved_at_ms INTEGER
);
CREATE INDEX case_conflicts_open ON case_conflicts(resolved_at_ms, created_at_ms);
)sql";

// The case procedure: every move and proposal change in order (review rounds included),
// and what each case proposes to decide.
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE case_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    action TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES users(id),
    actor_role TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, seq);
CREATE TABLE case_proposals (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    fine_yuan INTEGER NOT NULL,
    measures TEXT NOT NULL,
    party_is_organisation INTEGER NOT NULL,
    criminal_referral INTEGER NOT NULL,
    legal_basis TEXT NOT NULL,
    hearing_requested INTEGER NOT NULL
);
)sql";

// What decided cases lead to: the decision's type and facts, its public record, the
// enterprises' credit deductions and their repair applications.
constexpr const char *kSchemaV6 = R"sql(
ALTER TABLE case_proposals ADD COLUMN violation_type TEXT NOT NULL DEFAULT '';
ALTER TABLE case_proposals ADD COLUMN facts TEXT NOT NULL DEFAULT '';
ALTER TABLE case_proposals ADD COLUMN personal_names TEXT NOT NULL DEFAULT '';
CREATE TABLE publications (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    case_number TEXT NOT NULL,
    agency TEXT NOT NULL,
    party_name TEXT NOT NULL,
    party_credit_code TEXT NOT NULL,
    violation_type TEXT NOT NULL,
    facts TEXT NOT NULL,
    conclusion TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    serious INTEGER NOT NULL,
    decided_on TEXT NOT NULL,
    published_on TEXT NOT NULL,
    visible_until TEXT NOT NULL,
    published_at_ms INTEGER NOT NULL,
    published_by TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    withdrawn_at_ms INTEGER NOT NULL,
    withdrawal_reason TEXT NOT NULL,
    withdrawn_by TEXT NOT NULL
);
CREATE INDEX publications_party ON publications(party_credit_code, published_on);
CREATE INDEX publications_date ON publications(published_on);
CREATE TABLE credit_deductions (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    enterprise_code TEXT NOT NULL REFERENCES enterprises(credit_code),
    case_number TEXT NOT NULL,
    violation_type TEXT NOT NULL,
    points INTEGER NOT NULL,
    direct_to_d INTEGER NOT NULL,
    decided_on TEXT NOT NULL
);
CREATE INDEX credit_deductions_enterprise ON credit_deductions(enterprise_code, decided_on);
CREATE TABLE credit_repairs (
    id TEXT PRIMARY KEY,
    enterprise_code TEXT NOT NULL REFERENCES enterprises(credit_code),
    statement TEXT NOT NULL,
    applied_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    decided_on TEXT,
    decided_by TEXT NOT NULL,
    remark TEXT NOT NULL
);
CREATE INDEX credit_repairs_enterprise ON credit_repairs(enterprise_code, applied_on);
)sql";

// The custody log: leaves (their canonical entries), the Merkle tree's perfect subtrees
// (level 0 holds the leaf hashes) and the signed checkpoints.
constexpr const char *kSchemaV7 = R"sql(
CREATE TABLE custody_leaves (
    idx INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    entry BLOB NOT NULL,
    appended_at_ms INTEGER NOT NULL
);
CREATE UNIQUE INDEX custody_leaves_entity ON custody_leaves(kind, entity_id);
CREATE TABLE custody_nodes (
    level INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TABLE custody_checkpoints (
    size INTEGER PRIMARY KEY,
    root BLOB NOT NULL,
    at_ms INTEGER NOT NULL,
    signature BLOB NOT NULL
);
)sql";

// A revoked decision's credit deduction stops counting from this day.
constexpr const char *kSchemaV8 = R"sql(
ALTER TABLE credit_deductions ADD COLUMN cancelled_on TEXT;
)sql";

// v9: the portal's searches. The public index holds every column a search filters on, in
// the order the results are listed, so that counting reads only the index and a page stops
// after its last row; a type is found by its own index.
constexpr const char *kSchemaV9 = R"sql(
DROP INDEX publications_date;
CREATE INDEX publications_public ON publications(published_on, published_at_ms, case_id, visible_until,
    party_name, party_credit_code, violation_type, decided_on);
CREATE INDEX publications_type ON publications(violation_type, published_on);
)sql";

// v10: the change feed's entity index leaves notes out. Every pushed note added a row to
// it under a random key, and at a push's pace that index's pages were most of what a
// batch wrote. A note enters the feed once, when it is stored (its own primary key
// guards that), and is found again through its case (changes_case); the kinds that change
// in place keep the one-entry-per-entity rule. SQLite cannot drop a table's constraint, so
// the table is rebuilt with its numbers and its AUTOINCREMENT high mark.
constexpr const char *kSchemaV10 = R"sql(
CREATE TABLE changes_v10 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id TEXT
);
INSERT INTO changes_v10 (seq, kind, entity_id, case_id) SELECT seq, kind, entity_id, case_id FROM changes;
DELETE FROM sqlite_sequence WHERE name = 'changes_v10';
INSERT INTO sqlite_sequence (name, seq) SELECT 'changes_v10', seq FROM sqlite_sequence WHERE name = 'changes';
DROP TABLE changes;
ALTER TABLE changes_v10 RENAME TO changes;
CREATE INDEX changes_case ON changes(case_id);
CREATE UNIQUE INDEX changes_entity ON changes(kind, entity_id) WHERE kind <> 'note';
)sql";

// PostgreSQL drops the constraint in place (its default name for UNIQUE (kind, entity_id)).
constexpr const char *kSchemaV10Postgres = R"sql(
ALTER TABLE changes DROP CONSTRAINT changes_kind_entity_id_key;
CREATE UNIQUE INDEX changes_entity ON changes(kind, entity_id) WHERE kind <> 'note';
)sql";

struct Step {
    const char *shared;
    const char *postgres = nullptr;  // where PostgreSQL needs a form of its own
};

constexpr std::array<Step, kVersion> kSteps = {{{kSchemaV1}, {kSchemaV2}, {kSchemaV3}, {kSchemaV4}, {kSchemaV5},
                                               {kSchemaV6}, {kSchemaV7}, {kSchemaV8}, {kSchemaV9},
                                               {kSchemaV10, kSchemaV10Postgres}}};
static_assert(kSteps.size() == kVersion);

}  // namespace

std::vector<std::string> steps(std::int64_t from, std::int64_t to, Dialect dialect) {
    std::vector<std::string> out;
    for (auto v = std::max<std::int64_t>(from, 0); v < std::min(to, kVersion); ++v) {
        const auto &step = kSteps[static_cast<std::size_t>(v)];
        out.emplace_back(dialect == Dialect::Postgres && step.postgres ? step.postgres : step.shared);
    }
    return out;
}

std::vector<std::string> stepsAfter(std::int64_t current, std::string_view what, Dialect dialect) {
    if (current > kVersion) {
        throw StoreError(StoreError::Kind::Other, std::string(what) + " was written by a newer fieldcase-server (schema " +
                                                      std::to_string(current) + ")");
    }
    return steps(current, kVersion, dialect);
}

}  // namespace fc::server::schema
