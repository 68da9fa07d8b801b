#include "backend/store/sqlworkflow.h"

#include "backend/store/store.h"
#include "domain/sqlite/upsert.h"

namespace fc::server::sqlworkflow {
namespace {

// Measures and names are short; a unit separator keeps them apart in one column.
constexpr char kSeparator = '\x1f';

std::string joined(const std::vector<std::string> &items) {
    std::string out;
    for (const auto &item : items) {
        if (!out.empty()) out.push_back(kSeparator);
        out += item;
    }
    return out;
}

std::vector<std::string> split(const std::string &text) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find(kSeparator, start)) != std::string::npos; start = at + 1) {
        out.push_back(text.substr(start, at - start));
    }
    out.push_back(text.substr(start));
    return out;
}

domain::CaseStatus status(const std::string &name) {
    const auto s = domain::caseStatusFromName(name);
    if (!s) throw StoreError(StoreError::Kind::Corrupt, "unknown case status " + name);
    return *s;
}

}  // namespace

std::int64_t insertEvent(sql::Connection &db, const domain::CaseEvent &e) {
    db.prepare("INSERT INTO case_events (case_id, action, from_status, to_status, actor_id, actor_role, "
               "at_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(e.caseId, e.action, domain::caseStatusName(e.from), domain::caseStatusName(e.to), e.actorId,
                 domain::roleName(e.actorRole), e.atMs, e.detail)
        .run();
    return db.lastInsertRowId();
}

namespace {

constexpr const char *kEventColumns =
    "SELECT e.seq, e.case_id, e.action, e.from_status, e.to_status, e.actor_id, u.display_name, e.actor_role, "
    "e.at_ms, e.detail FROM case_events e JOIN users u ON u.id = e.actor_id ";

domain::CaseEvent eventFrom(const sql::Query &s) {
    domain::CaseEvent e;
    e.seq = s.int64(0);
    e.caseId = s.text(1);
    e.action = s.text(2);
    e.from = status(s.text(3));
    e.to = status(s.text(4));
    e.actorId = s.text(5);
    e.actorName = s.text(6);
    const auto role = domain::roleFromName(s.text(7));
    if (!role) throw StoreError(StoreError::Kind::Corrupt, "unknown role " + s.text(7));
    e.actorRole = *role;
    e.atMs = s.int64(8);
    e.detail = s.text(9);
    return e;
}

}  // namespace

std::vector<domain::CaseEvent> events(sql::Connection &db, std::string_view caseId) {
    auto s = db.prepare(std::string(kEventColumns) + "WHERE e.case_id = ? ORDER BY e.seq");
    s.bindAll(caseId);
    std::vector<domain::CaseEvent> out;
    while (s.step()) out.push_back(eventFrom(s));
    return out;
}

std::optional<domain::CaseEvent> eventBySeq(sql::Connection &db, std::int64_t seq) {
    auto s = db.prepare(std::string(kEventColumns) + "WHERE e.seq = ?");
    s.bindAll(seq);
    if (!s.step()) return std::nullopt;
    return eventFrom(s);
}

void setProposal(sql::Connection &db, std::string_view caseId, const domain::CaseProposal &p) {
    sqlite::upsert(db, "case_proposals",
                   {"case_id", "fine_yuan", "measures", "party_is_organisation", "criminal_referral",
                    "legal_basis", "hearing_requested", "violation_type", "facts", "personal_names"},
                   std::string(caseId), p.decision.fineYuan, joined(p.decision.measures),
                   p.decision.partyIsOrganisation, p.decision.criminalReferral, p.decision.legalBasis,
                   p.hearingRequested, p.decision.violationType, p.decision.facts, joined(p.decision.personalNames));
}

std::optional<domain::CaseProposal> proposal(sql::Connection &db, std::string_view caseId) {
    auto s = db.prepare("SELECT fine_yuan, measures, party_is_organisation, criminal_referral, legal_basis, "
                        "hearing_requested, violation_type, facts, personal_names FROM case_proposals WHERE case_id = ?");
    s.bindAll(caseId);
    if (!s.step()) return std::nullopt;
    domain::CaseProposal p;
    p.decision.fineYuan = s.int64(0);
    p.decision.measures = split(s.text(1));
    p.decision.partyIsOrganisation = s.int64(2) != 0;
    p.decision.criminalReferral = s.int64(3) != 0;
    p.decision.legalBasis = s.text(4);
    p.hearingRequested = s.int64(5) != 0;
    p.decision.violationType = s.text(6);
    p.decision.facts = s.text(7);
    p.decision.personalNames = split(s.text(8));
    return p;
}

}  // namespace fc::server::sqlworkflow
