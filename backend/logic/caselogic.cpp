#include "backend/logic/caselogic.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "backend/logic/secrets.h"
#include "domain/creditcode.h"
#include "domain/date.h"
#include "domain/uuid.h"

namespace fc::server {
namespace {

using Code = LogicError::Code;
using domain::Role;

constexpr std::size_t kMaxTitle = 200;
constexpr std::size_t kMaxDescription = 10000;

std::string caseNumber(const std::string &jurisdiction, int year, std::int64_t serial) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s-%04d-%04lld", jurisdiction.c_str(), year,
                  static_cast<long long>(serial));
    return buf;
}

}  // namespace

CaseLogic::CaseLogic(Store &store, const Clock &clock) : store_(store), clock_(clock) {}

bool CaseLogic::maySee(const Principal &caller, const domain::CaseRecord &record) {
    if (caller.role == Role::Inspector) {
        return std::any_of(record.assignees.begin(), record.assignees.end(),
                           [&](const domain::Officer &o) { return o.userId == caller.userId; });
    }
    return domain::creditCodeDivision(record.enterpriseCode) == caller.jurisdiction;
}

domain::CaseRecord CaseLogic::requireVisible(const Principal &caller, std::optional<domain::CaseRecord> record) {
    if (!record) throw LogicError(Code::NotFound, "no such case");
    if (!maySee(caller, *record)) {
        throw LogicError(Code::PermissionDenied, caller.role == Role::Inspector
                                                     ? "the case is not assigned to you"
                                                     : "the case is outside your jurisdiction");
    }
    return std::move(*record);
}

std::vector<domain::CaseRecord> CaseLogic::list(const Principal &caller) {
    // Administrators run the system; case files are for the officers and reviewers.
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    auto cases = store_.transact([&](StoreTx &tx) {
        return tx.listCases(caller.role == Role::Inspector ? std::optional(caller.userId)
                                                           : std::nullopt);
    });
    std::erase_if(cases, [&](const domain::CaseRecord &c) { return !maySee(caller, c); });
    return cases;
}

CaseLogic::CaseWithNotes CaseLogic::get(const Principal &caller, const std::string &caseId) {
    caller.require({Role::Inspector, Role::Supervisor, Role::LegalReviewer});
    return store_.transact([&](StoreTx &tx) {
        auto record = requireVisible(caller, tx.caseById(caseId));
        return CaseWithNotes{std::move(record), tx.notesOfCase(caseId), tx.caseProposal(caseId)};
    });
}

std::vector<domain::Officer> CaseLogic::resolveOfficers(StoreTx &tx, const Principal &caller,
                                                        const std::vector<std::string> &ids) {
    const std::set<std::string> distinct(ids.begin(), ids.end());
    if (distinct.size() != ids.size()) {
        throw LogicError(Code::InvalidArgument, "an officer is listed twice");
    }
    if (!ids.empty() && ids.size() < 2) {
        throw LogicError(Code::InvalidArgument,
                         "a case is assigned to at least two officers (Administrative Penalty "
                         "Law art. 42)");
    }
    std::vector<domain::Officer> officers;
    for (const auto &id : ids) {
        auto user = tx.userById(id);
        const bool eligible = user && !user->disabled && !user->certificateNo.empty() &&
                              user->jurisdiction == caller.jurisdiction &&
                              (user->role == Role::Inspector || user->role == Role::Supervisor);
        if (!eligible) {
            throw LogicError(Code::InvalidArgument,
                             "user " + id + " is not an enforcement officer of this bureau");
        }
        officers.push_back({user->id, user->displayName, user->certificateNo});
    }
    return officers;
}

domain::CaseRecord CaseLogic::create(const Principal &caller, const NewCase &request) {
    caller.require({Role::Supervisor});
    if (!request.id.empty() && !domain::isUuid(request.id)) {
        throw LogicError(Code::InvalidArgument, "the case id must be a UUID");
    }
    if (request.title.empty() || request.title.size() > kMaxTitle) {
        throw LogicError(Code::InvalidArgument, "a case title has 1-200 bytes");
    }
    if (request.description.size() > kMaxDescription) {
        throw LogicError(Code::InvalidArgument, "the description is too long");
    }
    if (!domain::parseIsoDate(request.dueDate)) {
        throw LogicError(Code::InvalidArgument, "the due date must be a date like 2026-03-31");
    }
    const std::int64_t now = clock_.nowMs();
    return store_.transact([&](StoreTx &tx) {
        if (!request.id.empty()) {
            if (auto existing = tx.caseById(request.id)) {
                if (existing->title != request.title ||
                    existing->enterpriseCode != request.enterpriseCode) {
                    throw LogicError(Code::AlreadyExists, "the case id is already in use");
                }
                return *existing;  // a retried create
            }
        }
        auto enterprise = tx.enterpriseByCode(request.enterpriseCode);
        if (!enterprise) {
            throw LogicError(Code::InvalidArgument,
                             "no enterprise with credit code " + request.enterpriseCode);
        }
        if (domain::creditCodeDivision(enterprise->creditCode) != caller.jurisdiction) {
            throw LogicError(Code::PermissionDenied, "the enterprise is outside your jurisdiction");
        }
        const int year = static_cast<int>(domain::localDateOf(now).year());
        domain::CaseRecord record;
        record.id = request.id.empty() ? newUuid() : request.id;
        record.number = caseNumber(caller.jurisdiction, year,
                                   tx.nextCounter("case-number-" + std::to_string(year)));
        record.title = request.title;
        record.description = request.description;
        record.enterpriseCode = enterprise->creditCode;
        record.enterpriseName = enterprise->name;
        record.assignees = resolveOfficers(tx, caller, request.assigneeIds);
        record.dueDate = request.dueDate;
        record.createdAtMs = record.updatedAtMs = now;
        record.version = 1;
        tx.insertCase(record);
        tx.recordChange(ChangeKind::Case, record.id, record.id);
        return record;
    });
}

domain::CaseRecord CaseLogic::assign(const Principal &caller, const std::string &caseId,
                                     const std::vector<std::string> &assigneeIds) {
    caller.require({Role::Supervisor});
    if (assigneeIds.empty()) {
        throw LogicError(Code::InvalidArgument, "name the officers to assign");
    }
    return store_.transact([&](StoreTx &tx) {
        auto record = requireVisible(caller, tx.caseById(caseId));
        record.assignees = resolveOfficers(tx, caller, assigneeIds);
        record.version += 1;
        record.updatedAtMs = clock_.nowMs();
        tx.updateCase(record);
        // Newly assigned officers must also receive what the case already holds: its notes,
        // evidence, records and readings, and the case itself.
        tx.moveCaseToHead(record.id);
        return record;
    });
}

bool CaseLogic::mayEdit(const Principal &caller, domain::CaseField field) {
    if (caller.role == Role::Supervisor) return true;
    return caller.role == Role::Inspector && field == domain::CaseField::Description;
}

domain::MutationResult CaseLogic::applyEdit(StoreTx &tx, const Principal &caller,
                                            std::int64_t mutationId, std::int64_t baseVersion,
                                            const domain::EditCaseField &edit, std::int64_t now) {
    using domain::MutationStatus;
    const auto refuse = [&](std::string reason) {
        return domain::MutationResult{mutationId, MutationStatus::Rejected, std::move(reason)};
    };
    auto record = tx.caseById(edit.caseId);
    if (!record || !maySee(caller, *record)) {
        return refuse("the case does not exist or is not assigned to you");
    }
    if (!mayEdit(caller, edit.field)) {
        return refuse("only a supervisor may change the " + std::string(domain::caseFieldName(edit.field)));
    }
    if (auto problem = domain::caseFieldProblem(edit.field, edit.value); !problem.empty()) {
        return refuse(std::move(problem));
    }
    const auto current = domain::caseFieldValue(*record, edit.field);
    if (current == edit.value) return {mutationId, MutationStatus::Applied, {}};
    if (record->version == baseVersion) {
        domain::setCaseField(*record, edit.field, edit.value);
        record->version += 1;
        record->updatedAtMs = now;
        tx.updateCase(*record);
        tx.recordChange(ChangeKind::Case, record->id, record->id);
        return {mutationId, MutationStatus::Applied, {}};
    }
    domain::CaseConflict conflict;
    conflict.id = newUuid();
    conflict.caseId = record->id;
    conflict.field = edit.field;
    conflict.baseVersion = baseVersion;
    conflict.serverValue = current;
    conflict.proposedValue = edit.value;
    conflict.proposedBy = caller.userId;
    conflict.deviceId = caller.deviceId;
    conflict.createdAtMs = now;
    tx.insertConflict(conflict);
    tx.recordChange(ChangeKind::Case, record->id, record->id);
    return {mutationId, MutationStatus::Conflict,
            "the case changed since this edit was made; both values are kept for the supervisor"};
}

std::vector<domain::CaseConflict> CaseLogic::conflicts(const Principal &caller, bool includeResolved) {
    caller.require({Role::Supervisor});
    return store_.transact([&](StoreTx &tx) {
        std::vector<domain::CaseConflict> out;
        for (auto &c : tx.listConflicts(includeResolved)) {
            const auto record = tx.caseById(c.caseId);
            if (record && maySee(caller, *record)) out.push_back(std::move(c));
        }
        return out;
    });
}

CaseLogic::Resolution CaseLogic::resolveConflict(const Principal &caller, const std::string &conflictId,
                                                 const std::string &value) {
    caller.require({Role::Supervisor});
    return store_.transact([&](StoreTx &tx) {
        auto conflict = tx.conflictById(conflictId);
        if (!conflict) throw LogicError(Code::NotFound, "no such conflict");
        auto record = requireVisible(caller, tx.caseById(conflict->caseId));
        if (conflict->resolvedValue) {
            throw LogicError(Code::FailedPrecondition, "the conflict was already resolved");
        }
        if (auto problem = domain::caseFieldProblem(conflict->field, value); !problem.empty()) {
            throw LogicError(Code::InvalidArgument, problem);
        }
        const auto now = clock_.nowMs();
        if (domain::caseFieldValue(record, conflict->field) != value) {
            domain::setCaseField(record, conflict->field, value);
            record.version += 1;
            record.updatedAtMs = now;
            tx.updateCase(record);
            tx.recordChange(ChangeKind::Case, record.id, record.id);
        }
        tx.resolveConflict(conflictId, value, caller.userId, now);
        conflict->resolvedValue = value;
        conflict->resolvedBy = caller.userId;
        conflict->resolvedAtMs = now;
        return Resolution{record, *conflict};
    });
}

}  // namespace fc::server
