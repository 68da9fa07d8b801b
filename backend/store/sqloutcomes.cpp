#include "backend/store/sqloutcomes.h"

#include "backend/store/store.h"
#include "domain/date.h"
#include "domain/sqlite/upsert.h"

namespace fc::server::sqloutcomes {
namespace {

domain::Date date(const std::string &text) {
    const auto d = domain::parseIsoDate(text);
    if (!d) throw StoreError(StoreError::Kind::Corrupt, "not a date: " + text);
    return *d;
}

std::optional<domain::Date> optionalDate(const sql::Query &s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return date(s.text(column));
}

std::optional<std::string> isoOrNull(const std::optional<domain::Date> &d) {
    if (!d) return std::nullopt;
    return domain::formatIsoDate(*d);
}

constexpr const char *kPublicationColumns =
    "case_id, case_number, agency, party_name, party_credit_code, violation_type, facts, conclusion, "
    "legal_basis, serious, decided_on, published_on, visible_until, published_at_ms, published_by, status, "
    "withdrawn_at_ms, withdrawal_reason, withdrawn_by";

domain::PublicDecision publicationFrom(const sql::Query &s) {
    domain::PublicDecision p;
    p.caseId = s.text(0);
    p.caseNumber = s.text(1);
    p.agency = s.text(2);
    p.partyName = s.text(3);
    p.partyCreditCode = s.text(4);
    p.violationType = s.text(5);
    p.facts = s.text(6);
    p.conclusion = s.text(7);
    p.legalBasis = s.text(8);
    p.serious = s.int64(9) != 0;
    p.decidedOn = date(s.text(10));
    p.publishedOn = date(s.text(11));
    p.visibleUntil = date(s.text(12));
    p.publishedAtMs = s.int64(13);
    p.publishedBy = s.text(14);
    const auto status = domain::publicationStatusFromName(s.text(15));
    if (!status) throw StoreError(StoreError::Kind::Corrupt, "unknown publication status " + s.text(15));
    p.status = *status;
    p.withdrawnAtMs = s.int64(16);
    p.withdrawalReason = s.text(17);
    p.withdrawnBy = s.text(18);
    return p;
}

constexpr const char *kRepairColumns =
    "id, enterprise_code, statement, applied_on, due_on, recorded_by, status, decided_on, decided_by, remark";

domain::CreditRepair repairFrom(const sql::Query &s) {
    domain::CreditRepair r;
    r.id = s.text(0);
    r.enterpriseCode = s.text(1);
    r.statement = s.text(2);
    r.appliedOn = date(s.text(3));
    r.dueOn = date(s.text(4));
    r.recordedBy = s.text(5);
    const auto status = domain::creditRepairStatusFromName(s.text(6));
    if (!status) throw StoreError(StoreError::Kind::Corrupt, "unknown repair status " + s.text(6));
    r.status = *status;
    r.decidedOn = optionalDate(s, 7);
    r.decidedBy = s.text(8);
    r.remark = s.text(9);
    return r;
}

}  // namespace

void upsertPublication(sql::Connection &db, const domain::PublicDecision &p) {
    sqlite::upsert(db, "publications",
                   {"case_id", "case_number", "agency", "party_name", "party_credit_code", "violation_type", "facts",
                    "conclusion", "legal_basis", "serious", "decided_on", "published_on", "visible_until",
                    "published_at_ms", "published_by", "status", "withdrawn_at_ms", "withdrawal_reason",
                    "withdrawn_by"},
                   p.caseId, p.caseNumber, p.agency, p.partyName, p.partyCreditCode, p.violationType, p.facts,
                   p.conclusion, p.legalBasis, p.serious, domain::formatIsoDate(p.decidedOn),
                   domain::formatIsoDate(p.publishedOn), domain::formatIsoDate(p.visibleUntil), p.publishedAtMs,
                   p.publishedBy, domain::publicationStatusName(p.status), p.withdrawnAtMs, p.withdrawalReason,
                   p.withdrawnBy);
}

std::optional<domain::PublicDecision> publication(sql::Connection &db, std::string_view caseId) {
    auto s = db.prepare(std::string("SELECT ") + kPublicationColumns + " FROM publications WHERE case_id = ?");
    s.bindAll(caseId);
    if (!s.step()) return std::nullopt;
    return publicationFrom(s);
}

std::vector<domain::PublicDecision> publications(sql::Connection &db) {
    auto s = db.prepare(std::string("SELECT ") + kPublicationColumns +
                        " FROM publications ORDER BY published_on DESC, case_number DESC");
    std::vector<domain::PublicDecision> out;
    while (s.step()) out.push_back(publicationFrom(s));
    return out;
}

PublicationPage searchPublications(sql::Connection &db, const PublicationFilter &filter, domain::Date today,
                                   int offset, int limit) {
    // Only the conditions asked for, so that SQLite can use the index of each.
    const auto day = domain::formatIsoDate(today);
    std::string where = " FROM publications WHERE published_on <= ? AND visible_until >= ?";
    std::vector<std::string> values = {day, day};
    if (!filter.partyName.empty()) {
        // LIKE with the filter's own % and _ taken literally.
        std::string pattern = "%";
        for (char c : filter.partyName) {
            if (c == '%' || c == '_' || c == '\\') pattern += '\\';
            pattern += c;
        }
        where += " AND party_name LIKE ? ESCAPE '\\'";
        values.push_back(pattern + '%');
    }
    if (!filter.partyCreditCode.empty()) {
        where += " AND party_credit_code = ?";
        values.push_back(filter.partyCreditCode);
    }
    if (filter.decidedFrom) {
        where += " AND decided_on >= ?";
        values.push_back(domain::formatIsoDate(*filter.decidedFrom));
    }
    if (filter.decidedTo) {
        where += " AND decided_on <= ?";
        values.push_back(domain::formatIsoDate(*filter.decidedTo));
    }
    if (!filter.violationType.empty()) {
        where += " AND violation_type = ?";
        values.push_back(filter.violationType);
    }
    const auto bindValues = [&](sql::Query &s) {
        for (std::size_t i = 0; i < values.size(); ++i) s.bind(static_cast<int>(i + 1), values[i]);
    };

    PublicationPage page;
    auto count = db.prepare("SELECT COUNT(*)" + where);
    bindValues(count);
    if (count.step()) page.total = count.int64(0);
    auto rows = db.prepare(std::string("SELECT ") + kPublicationColumns + where +
                           " ORDER BY published_on DESC, published_at_ms DESC, case_id DESC LIMIT ? OFFSET ?");
    bindValues(rows);
    rows.bind(static_cast<int>(values.size() + 1), limit);
    rows.bind(static_cast<int>(values.size() + 2), offset);
    while (rows.step()) page.items.push_back(publicationFrom(rows));
    return page;
}

void insertDeduction(sql::Connection &db, const domain::CreditDeduction &d) {
    db.prepare("INSERT INTO credit_deductions (case_id, enterprise_code, case_number, violation_type, points, "
               "direct_to_d, decided_on) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindAll(d.caseId, d.enterpriseCode, d.caseNumber, d.violationType, d.points, d.directToD,
                 domain::formatIsoDate(d.decidedOn))
        .run();
}

std::vector<domain::CreditDeduction> deductions(sql::Connection &db, std::string_view enterpriseCode) {
    auto s = db.prepare("SELECT case_id, case_number, violation_type, points, direct_to_d, decided_on, cancelled_on "
                        "FROM credit_deductions WHERE enterprise_code = ? ORDER BY decided_on, case_number");
    s.bindAll(enterpriseCode);
    std::vector<domain::CreditDeduction> out;
    while (s.step()) {
        domain::CreditDeduction d;
        d.enterpriseCode = std::string(enterpriseCode);
        d.caseId = s.text(0);
        d.caseNumber = s.text(1);
        d.violationType = s.text(2);
        d.points = static_cast<int>(s.int64(3));
        d.directToD = s.int64(4) != 0;
        d.decidedOn = date(s.text(5));
        d.cancelledOn = optionalDate(s, 6);
        out.push_back(std::move(d));
    }
    return out;
}

bool cancelDeduction(sql::Connection &db, std::string_view caseId, domain::Date on) {
    db.prepare("UPDATE credit_deductions SET cancelled_on = ? WHERE case_id = ? AND cancelled_on IS NULL")
        .bindAll(domain::formatIsoDate(on), caseId)
        .run();
    return db.changes() > 0;
}

std::vector<std::string> enterprisesWithDeductions(sql::Connection &db) {
    auto s = db.prepare("SELECT DISTINCT enterprise_code FROM credit_deductions ORDER BY enterprise_code");
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.text(0));
    return out;
}

void upsertRepair(sql::Connection &db, const domain::CreditRepair &r) {
    sqlite::upsert(db, "credit_repairs",
                   {"id", "enterprise_code", "statement", "applied_on", "due_on", "recorded_by", "status",
                    "decided_on", "decided_by", "remark"},
                   r.id, r.enterpriseCode, r.statement, domain::formatIsoDate(r.appliedOn),
                   domain::formatIsoDate(r.dueOn), r.recordedBy, domain::creditRepairStatusName(r.status),
                   isoOrNull(r.decidedOn), r.decidedBy, r.remark);
}

std::optional<domain::CreditRepair> repair(sql::Connection &db, std::string_view id) {
    auto s = db.prepare(std::string("SELECT ") + kRepairColumns + " FROM credit_repairs WHERE id = ?");
    s.bindAll(id);
    if (!s.step()) return std::nullopt;
    return repairFrom(s);
}

namespace {

// The repairs matching `where` (one parameter, `arg`), read in full.
std::vector<domain::CreditRepair> repairsWhere(sql::Connection &db, const char *where, std::string_view arg) {
    auto s = db.prepare(std::string("SELECT ") + kRepairColumns + " FROM credit_repairs WHERE " + where);
    s.bindAll(arg);
    std::vector<domain::CreditRepair> out;
    while (s.step()) out.push_back(repairFrom(s));
    return out;
}

}  // namespace

std::vector<domain::CreditRepair> repairs(sql::Connection &db, std::string_view enterpriseCode) {
    return repairsWhere(db, "enterprise_code = ? ORDER BY applied_on, id", enterpriseCode);
}

std::vector<domain::CreditRepair> pendingRepairs(sql::Connection &db) {
    return repairsWhere(db, "status = ? ORDER BY due_on, id",
                        domain::creditRepairStatusName(domain::CreditRepair::Status::Pending));
}

}  // namespace fc::server::sqloutcomes
