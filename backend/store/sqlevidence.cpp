#include "backend/store/sqlevidence.h"

#include <string>

#include "domain/sqlite/upsert.h"

namespace fc::server::sqlevidence {
namespace {

using sql::Query;

constexpr const char *kEvidenceSelect =
    "SELECT e.id, e.case_id, e.kind, e.mime_type, e.size, e.captured_at_ms, e.captured_by, "
    "COALESCE(u.display_name, ''), e.device_id, e.description, e.supersedes, e.supersede_reason, "
    "e.received_at_ms, e.bytes_stored FROM evidence e LEFT JOIN users u ON u.id = e.captured_by ";

std::vector<domain::EvidenceItem> readEvidence(sql::Connection &db, sql::Query &s) {
    std::vector<domain::EvidenceItem> out;
    while (s.step()) {
        domain::EvidenceItem e;
        e.id = s.text(0);
        e.caseId = s.text(1);
        e.kind = domain::evidenceKindFromName(s.text(2)).value_or(domain::EvidenceKind::Document);
        e.mimeType = s.text(3);
        e.size = s.int64(4);
        e.capturedAtMs = s.int64(5);
        e.capturedBy = s.text(6);
        e.capturedByName = s.text(7);
        e.deviceId = s.text(8);
        e.description = s.text(9);
        e.supersedes = s.text(10);
        e.supersedeReason = s.text(11);
        e.receivedAtMs = s.int64(12);
        e.bytesStored = s.int64(13) != 0;
        out.push_back(std::move(e));
    }
    for (auto &e : out) e.position = positionOf(db, e.id);
    return out;
}

constexpr const char *kRecordSelect =
    "SELECT id, case_id, started_at_ms, ended_at_ms, place, party_name, party_representative, "
    "party_representative_role, credentials_shown, rights_explained, findings, party_signature, "
    "party_refused, refusal_note, witness_name, witness_signature, created_by, device_id, "
    "supersedes, supersede_reason FROM inspection_records ";

std::vector<domain::InspectionRecord> readRecords(sql::Connection &db, sql::Query &s) {
    std::vector<domain::InspectionRecord> out;
    while (s.step()) {
        domain::InspectionRecord r;
        r.id = s.text(0);
        r.caseId = s.text(1);
        r.startedAtMs = s.int64(2);
        r.endedAtMs = s.int64(3);
        r.place = s.text(4);
        r.partyName = s.text(5);
        r.partyRepresentative = s.text(6);
        r.partyRepresentativeRole = s.text(7);
        r.credentialsShown = s.int64(8) != 0;
        r.rightsExplained = s.int64(9) != 0;
        r.findings = s.text(10);
        r.partySignatureEvidenceId = s.text(11);
        r.partyRefusedOrAbsent = s.int64(12) != 0;
        r.refusalNote = s.text(13);
        r.witnessName = s.text(14);
        r.witnessSignatureEvidenceId = s.text(15);
        r.createdBy = s.text(16);
        r.deviceId = s.text(17);
        r.supersedes = s.text(18);
        r.supersedeReason = s.text(19);
        out.push_back(std::move(r));
    }
    auto officers = db.prepare("SELECT user_id, name, certificate_no, signature_evidence_id FROM "
                               "inspection_record_officers WHERE record_id = ? ORDER BY position");
    auto evidence = db.prepare("SELECT evidence_id FROM inspection_record_evidence WHERE "
                               "record_id = ? ORDER BY position");
    for (auto &r : out) {
        officers.reset();
        officers.bindAll(r.id);
        while (officers.step()) {
            r.officers.push_back({officers.text(0), officers.text(1), officers.text(2),
                                  officers.text(3)});
        }
        evidence.reset();
        evidence.bindAll(r.id);
        while (evidence.step()) r.evidenceIds.push_back(evidence.text(0));
        r.position = positionOf(db, r.id);
    }
    return out;
}

}  // namespace

void insertPosition(sql::Connection &db, std::string_view ownerId,
                    const domain::PositionAssessment &p) {
    const auto &f = p.fix;
    sqlite::upsert(db, "positions",
                   {"owner_id", "has_fix", "latitude", "longitude", "altitude", "fix_time_ms", "accuracy",
                    "satellites", "hdop", "source", "simulated", "no_fix", "poor_accuracy", "site_distance",
                    "outside_site"},
                   ownerId, f.has_value(), f ? std::optional(f->position.latitude) : std::nullopt,
                   f ? std::optional(f->position.longitude) : std::nullopt, f ? f->altitudeMeters : std::nullopt,
                   f ? std::optional(f->timeMs) : std::nullopt, f ? f->horizontalAccuracyMeters : std::nullopt,
                   f ? f->satellites : std::nullopt, f ? f->hdop : std::nullopt,
                   f ? f->source : std::string(), f && f->simulated, p.noFix, p.poorAccuracy,
                   p.siteDistanceMeters, p.outsideSite);
}

domain::PositionAssessment positionOf(sql::Connection &db, std::string_view ownerId) {
    auto s = db.prepare("SELECT has_fix, latitude, longitude, altitude, fix_time_ms, accuracy, "
                        "satellites, hdop, source, simulated, no_fix, poor_accuracy, "
                        "site_distance, outside_site FROM positions WHERE owner_id = ?");
    s.bindAll(ownerId);
    domain::PositionAssessment p;
    if (!s.step()) return p;
    auto optionalReal = [&](int col) {
        return s.isNull(col) ? std::nullopt : std::optional<double>(s.real(col));
    };
    if (s.int64(0) != 0) {
        domain::GnssFix f;
        f.position = {s.real(1), s.real(2)};
        f.altitudeMeters = optionalReal(3);
        f.timeMs = s.int64(4);
        f.horizontalAccuracyMeters = optionalReal(5);
        if (!s.isNull(6)) f.satellites = static_cast<int>(s.int64(6));
        f.hdop = optionalReal(7);
        f.source = s.text(8);
        f.simulated = s.int64(9) != 0;
        p.fix = f;
    }
    p.noFix = s.int64(10) != 0;
    p.poorAccuracy = s.int64(11) != 0;
    p.siteDistanceMeters = optionalReal(12);
    p.outsideSite = s.int64(13) != 0;
    return p;
}

void insertEvidence(sql::Connection &db, const domain::EvidenceItem &e) {
    db.prepare("INSERT INTO evidence (id, case_id, kind, mime_type, size, captured_at_ms, "
               "captured_by, device_id, description, supersedes, supersede_reason, "
               "received_at_ms, bytes_stored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(e.id, e.caseId, domain::evidenceKindName(e.kind), e.mimeType, e.size,
                 e.capturedAtMs, e.capturedBy, e.deviceId, e.description, e.supersedes,
                 e.supersedeReason, e.receivedAtMs, e.bytesStored)
        .run();
    insertPosition(db, e.id, e.position);
}

std::optional<domain::EvidenceItem> evidenceById(sql::Connection &db, std::string_view id) {
    auto s = db.prepare(std::string(kEvidenceSelect) + "WHERE e.id = ?");
    s.bindAll(id);
    auto found = readEvidence(db, s);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<domain::EvidenceItem> evidenceOfCase(sql::Connection &db, std::string_view caseId) {
    auto s = db.prepare(std::string(kEvidenceSelect) +
                        "WHERE e.case_id = ? ORDER BY e.captured_at_ms, e.id");
    s.bindAll(caseId);
    return readEvidence(db, s);
}

void insertInspectionRecord(sql::Connection &db, const domain::InspectionRecord &r,
                            std::int64_t receivedAtMs) {
    db.prepare("INSERT INTO inspection_records (id, case_id, started_at_ms, ended_at_ms, place, "
               "party_name, party_representative, party_representative_role, credentials_shown, "
               "rights_explained, findings, party_signature, party_refused, refusal_note, "
               "witness_name, witness_signature, created_by, device_id, supersedes, "
               "supersede_reason, received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(r.id, r.caseId, r.startedAtMs, r.endedAtMs, r.place, r.partyName,
                 r.partyRepresentative, r.partyRepresentativeRole, r.credentialsShown,
                 r.rightsExplained, r.findings, r.partySignatureEvidenceId, r.partyRefusedOrAbsent,
                 r.refusalNote, r.witnessName, r.witnessSignatureEvidenceId, r.createdBy,
                 r.deviceId, r.supersedes, r.supersedeReason, receivedAtMs)
        .run();
    auto officer = db.prepare("INSERT INTO inspection_record_officers (record_id, position, "
                              "user_id, name, certificate_no, signature_evidence_id) VALUES (?, "
                              "?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < r.officers.size(); ++i) {
        const auto &o = r.officers[i];
        officer.reset();
        officer.bindAll(r.id, static_cast<std::int64_t>(i), o.userId, o.name, o.certificateNo,
                        o.signatureEvidenceId)
            .run();
    }
    auto evidence = db.prepare("INSERT INTO inspection_record_evidence (record_id, position, "
                               "evidence_id) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < r.evidenceIds.size(); ++i) {
        evidence.reset();
        evidence.bindAll(r.id, static_cast<std::int64_t>(i), r.evidenceIds[i]).run();
    }
    insertPosition(db, r.id, r.position);
}

std::optional<domain::InspectionRecord> inspectionRecordById(sql::Connection &db,
                                                             std::string_view id) {
    auto s = db.prepare(std::string(kRecordSelect) + "WHERE id = ?");
    s.bindAll(id);
    auto found = readRecords(db, s);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<domain::InspectionRecord> inspectionRecordsOfCase(sql::Connection &db,
                                                              std::string_view caseId) {
    auto s = db.prepare(std::string(kRecordSelect) + "WHERE case_id = ? ORDER BY started_at_ms, id");
    s.bindAll(caseId);
    return readRecords(db, s);
}

}  // namespace fc::server::sqlevidence
