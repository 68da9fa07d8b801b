#include "backend/store/sqlconflicts.h"

#include "backend/store/store.h"

namespace fc::server::sqlconflicts {
namespace {

constexpr const char *kSelect =
    "SELECT k.id, k.case_id, k.field, k.base_version, k.server_value, k.proposed_value, "
    "k.proposed_by, u.display_name, k.device_id, k.created_at_ms, k.resolved_value, "
    "k.resolved_by, k.resolved_at_ms FROM case_conflicts k JOIN users u ON u.id = k.proposed_by ";

domain::CaseConflict read(sql::Query &s) {
    domain::CaseConflict c;
    c.id = s.text(0);
    c.caseId = s.text(1);
    const auto field = domain::caseFieldFromName(s.text(2));
    if (!field) throw StoreError(StoreError::Kind::Corrupt, "unknown case field " + s.text(2));
    c.field = *field;
    c.baseVersion = s.int64(3);
    c.serverValue = s.text(4);
    c.proposedValue = s.text(5);
    c.proposedBy = s.text(6);
    c.proposedByName = s.text(7);
    c.deviceId = s.text(8);
    c.createdAtMs = s.int64(9);
    if (!s.isNull(10)) c.resolvedValue = s.text(10);
    if (!s.isNull(11)) c.resolvedBy = s.text(11);
    if (!s.isNull(12)) c.resolvedAtMs = s.int64(12);
    return c;
}

}  // namespace

void insertConflict(sql::Connection &db, const domain::CaseConflict &c) {
    db.prepare("INSERT INTO case_conflicts (id, case_id, field, base_version, server_value, "
               "proposed_value, proposed_by, device_id, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, "
               "?, ?, ?)")
        .bindAll(c.id, c.caseId, domain::caseFieldName(c.field), c.baseVersion, c.serverValue,
                 c.proposedValue, c.proposedBy, c.deviceId, c.createdAtMs)
        .run();
}

std::optional<domain::CaseConflict> conflictById(sql::Connection &db, std::string_view id) {
    auto s = db.prepare(std::string(kSelect) + "WHERE k.id = ?");
    s.bindAll(id);
    if (!s.step()) return std::nullopt;
    return read(s);
}

std::vector<domain::CaseConflict> listConflicts(sql::Connection &db, bool includeResolved) {
    auto s = db.prepare(std::string(kSelect) + (includeResolved ? "" : "WHERE k.resolved_at_ms IS NULL ") +
                        "ORDER BY k.created_at_ms, k.id");
    std::vector<domain::CaseConflict> out;
    while (s.step()) out.push_back(read(s));
    return out;
}

void resolveConflict(sql::Connection &db, std::string_view id, const std::string &value,
                     std::string_view resolvedBy, std::int64_t atMs) {
    db.prepare("UPDATE case_conflicts SET resolved_value = ?, resolved_by = ?, resolved_at_ms = ? "
               "WHERE id = ?")
        .bindAll(value, resolvedBy, atMs, id)
        .run();
}

}  // namespace fc::server::sqlconflicts
