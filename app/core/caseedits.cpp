#include "caseedits.h"

#include <QJsonObject>

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

fc::domain::EditCaseField CaseEdits::fromPayload(const std::string &caseId, const std::string &payload) {
    const auto o = JsonCodec::parse(payload);
    const auto field = fc::domain::caseFieldFromName(jsonfields::text(o, "field"));
    if (!field) jsonfields::damaged("field");
    return {caseId, *field, jsonfields::text(o, "value")};
}
