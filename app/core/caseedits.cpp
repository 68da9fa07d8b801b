#include "caseedits.h"

#include <QJsonObject>

#include <sqlite3.h>

#include "jsoncodec.h"
#include "jsonfields.h"
#include "localrecords.h"
#include "outbox.h"

CaseEdits::Outcome CaseEdits::edit(fc::sqlite::Database &db, const std::string &caseId,
                                   fc::domain::CaseField field, const std::string &value,
                                   std::int64_t nowMs) {
    auto record = LocalRecords::caseById(db, QString::fromStdString(caseId));
    if (!record) throw fc::sqlite::Error(0, "case " + caseId + " is not stored on this device");
    if (auto problem = fc::domain::caseFieldProblem(field, value); !problem.empty()) return {false, problem};
    if (fc::domain::caseFieldValue(*record, field) == value) return {};
    const auto base = record->version + Outbox::pendingFor(db, Outbox::kEditCase, caseId);
    fc::domain::setCaseField(*record, field, value);
    LocalRecords::upsertCase(db, *record);
    const QJsonObject payload{{"field", jsonfields::q(std::string(fc::domain::caseFieldName(field)))},
                              {"value", jsonfields::q(value)}};
    Outbox::enqueue(db, Outbox::kEditCase, caseId, base, nowMs, JsonCodec::compact(payload));
    return {true, {}};
}

void CaseEdits::recordRefusal(fc::sqlite::Database &db, const Outbox::Entry &entry,
                              const fc::domain::MutationResult &result) {
    const auto edit = fromPayload(entry.entityId, entry.payload);
    db.prepare("INSERT OR IGNORE INTO case_edit_refusals (mutation_id, case_id, field, value, status, "
               "reason) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(entry.mutationId, entry.entityId, std::string(fc::domain::caseFieldName(edit.field)),
                 edit.value,
                 result.status == fc::domain::MutationStatus::Conflict ? "conflict" : "rejected",
                 result.reason)
        .run();
}

std::vector<CaseEdits::Refusal> CaseEdits::refusals(fc::sqlite::Database &db, const std::string &caseId) {
    auto s = db.prepare("SELECT mutation_id, field, value, status, reason FROM case_edit_refusals "
                        "WHERE case_id = ? ORDER BY mutation_id DESC");
    s.bindAll(caseId);
    std::vector<Refusal> out;
    while (s.step()) {
        const auto field = fc::domain::caseFieldFromName(s.text(1));
        if (!field) throw fc::sqlite::Error(SQLITE_CORRUPT, "a refused edit names an unknown field");
        out.push_back({s.int64(0), caseId, *field, s.text(2), s.text(3) == "conflict", s.text(4)});
    }
    return out;
}

fc::domain::EditCaseField CaseEdits::fromPayload(const std::string &caseId, const std::string &payload) {
    const auto o = JsonCodec::parse(payload);
    const auto field = fc::domain::caseFieldFromName(jsonfields::text(o, "field"));
    if (!field) jsonfields::damaged("field");
    return {caseId, *field, jsonfields::text(o, "value")};
}
