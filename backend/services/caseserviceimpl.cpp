#include "backend/services/caseserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "domain/date.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *CaseServiceImpl::ListCases(grpc::CallbackServerContext *context,
                                                     const v1::ListCasesRequest *,
                                                     v1::ListCasesResponse *response) {
    return finishUnary(context, "ListCases", [&] {
        for (const auto &c : cases_.list(authenticate(context, auth_))) {
            wire::toProto(c, response->add_cases());
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::GetCase(grpc::CallbackServerContext *context,
                                                   const v1::GetCaseRequest *request,
                                                   v1::GetCaseResponse *response) {
    return finishUnary(context, "GetCase", [&] {
        const auto result = cases_.get(authenticate(context, auth_), request->case_id());
        wire::toProto(result.record, response->mutable_case_record());
        for (const auto &n : result.notes) wire::toProto(n, response->add_notes());
        if (result.proposal) {
            wire::toProto(result.proposal->decision, response->mutable_proposal());
            response->set_hearing_requested(result.proposal->hearingRequested);
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::CreateCase(grpc::CallbackServerContext *context,
                                                      const v1::CreateCaseRequest *request,
                                                      v1::CreateCaseResponse *response) {
    return finishUnary(context, "CreateCase", [&] {
        CaseLogic::NewCase newCase{request->case_id(),       request->title(),
                                   request->description(),   request->enterprise_code(),
                                   request->due_date(),      {}};
        newCase.assigneeIds.assign(request->assignee_ids().begin(), request->assignee_ids().end());
        const auto record = cases_.create(authenticate(context, auth_), newCase);
        wire::toProto(record, response->mutable_case_record());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::AssignCase(grpc::CallbackServerContext *context,
                                                      const v1::AssignCaseRequest *request,
                                                      v1::AssignCaseResponse *response) {
    return finishUnary(context, "AssignCase", [&] {
        const std::vector<std::string> ids(request->assignee_ids().begin(),
                                           request->assignee_ids().end());
        const auto record = cases_.assign(authenticate(context, auth_), request->case_id(), ids);
        wire::toProto(record, response->mutable_case_record());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ListOfficers(grpc::CallbackServerContext *context,
                                                        const v1::ListOfficersRequest *,
                                                        v1::ListOfficersResponse *response) {
    return finishUnary(context, "ListOfficers", [&] {
        for (const auto &u : users_.officers(authenticate(context, auth_))) {
            wire::toProto(u.profile(), response->add_officers());
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ListConflicts(grpc::CallbackServerContext *context,
                                                         const v1::ListConflictsRequest *request,
                                                         v1::ListConflictsResponse *response) {
    return finishUnary(context, "ListConflicts", [&] {
        for (const auto &c : cases_.conflicts(authenticate(context, auth_), request->include_resolved())) {
            wire::toProto(c, response->add_conflicts());
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ResolveConflict(grpc::CallbackServerContext *context,
                                                           const v1::ResolveConflictRequest *request,
                                                           v1::ResolveConflictResponse *response) {
    return finishUnary(context, "ResolveConflict", [&] {
        const auto r = cases_.resolveConflict(authenticate(context, auth_), request->conflict_id(),
                                              request->value());
        wire::toProto(r.record, response->mutable_case_record());
        wire::toProto(r.conflict, response->mutable_conflict());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::AdvanceCase(grpc::CallbackServerContext *context,
                                                       const v1::AdvanceCaseRequest *request,
                                                       v1::AdvanceCaseResponse *response) {
    return finishUnary(context, "AdvanceCase", [&] {
        const auto caller = authenticate(context, auth_);
        const auto command = wire::fromProto(request->command());
        if (!command) throw LogicError(LogicError::Code::InvalidArgument, "unknown case command");
        domain::ViolationEnd violationEnd;
        violationEnd.continuing = request->violation_continuing();
        if (!request->violation_ended_on().empty()) {
            violationEnd.endedOn = domain::parseIsoDate(request->violation_ended_on());
            if (!violationEnd.endedOn) {
                throw LogicError(LogicError::Code::InvalidArgument, "violation_ended_on is not a date (YYYY-MM-DD)");
            }
            if (violationEnd.continuing) {
                throw LogicError(LogicError::Code::InvalidArgument,
                                 "a violation either ended on a day or continues, not both");
            }
        }
        const auto moved = workflow_.advance(caller, request->case_id(), *command, request->detail(), violationEnd);
        wire::toProto(moved.record, response->mutable_case_record());
        wire::toProto(moved.event, response->mutable_event());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ProposeDecision(grpc::CallbackServerContext *context,
                                                           const v1::ProposeDecisionRequest *request,
                                                           v1::ProposeDecisionResponse *) {
    return finishUnary(context, "ProposeDecision", [&] {
        workflow_.propose(authenticate(context, auth_), request->case_id(), wire::fromProto(request->decision()));
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::RecordHearingRequest(grpc::CallbackServerContext *context,
                                                                const v1::RecordHearingRequestRequest *request,
                                                                v1::RecordHearingRequestResponse *) {
    return finishUnary(context, "RecordHearingRequest", [&] {
        workflow_.recordHearingRequest(authenticate(context, auth_), request->case_id(), request->waived());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::GetCaseHistory(grpc::CallbackServerContext *context,
                                                          const v1::GetCaseHistoryRequest *request,
                                                          v1::GetCaseHistoryResponse *response) {
    return finishUnary(context, "GetCaseHistory", [&] {
        for (const auto &e : workflow_.history(authenticate(context, auth_), request->case_id())) {
            wire::toProto(e, response->add_events());
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ListDueCases(grpc::CallbackServerContext *context,
                                                        const v1::ListDueCasesRequest *,
                                                        v1::ListDueCasesResponse *response) {
    return finishUnary(context, "ListDueCases", [&] {
        for (const auto &item : workflow_.dueSoon(authenticate(context, auth_))) {
            auto *out = response->add_items();
            out->set_case_id(item.caseId);
            out->set_case_title(item.caseTitle);
            out->set_kind(std::string(domain::deadlineKindName(item.deadline.kind)));
            out->set_started_on(domain::formatIsoDate(item.deadline.from));
            out->set_due_on(domain::formatIsoDate(item.deadline.due));
            out->set_overdue(item.overdue);
            out->set_enterprise_code(item.enterpriseCode);
        }
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ExtendDeadline(grpc::CallbackServerContext *context,
                                                          const v1::ExtendDeadlineRequest *request,
                                                          v1::ExtendDeadlineResponse *response) {
    return finishUnary(context, "ExtendDeadline", [&] {
        const auto caller = authenticate(context, auth_);
        const auto kind = domain::deadlineKindFromName(request->kind());
        if (!kind) throw LogicError(LogicError::Code::InvalidArgument, "unknown period \"" + request->kind() + "\"");
        wire::toProto(workflow_.extendDeadline(caller, request->case_id(), *kind, request->reason()),
                      response->mutable_event());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::PublishDecision(grpc::CallbackServerContext *context,
                                                           const v1::PublishDecisionRequest *request,
                                                           v1::PublishDecisionResponse *response) {
    return finishUnary(context, "PublishDecision", [&] {
        wire::toProto(publication_.publish(authenticate(context, auth_), request->case_id()),
                      response->mutable_record());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::RecordDecisionChange(grpc::CallbackServerContext *context,
                                                                const v1::RecordDecisionChangeRequest *request,
                                                                v1::RecordDecisionChangeResponse *) {
    return finishUnary(context, "RecordDecisionChange", [&] {
        publication_.recordDecisionChange(authenticate(context, auth_), request->case_id(), request->reason(),
                                          request->revoked());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::WithdrawPublication(grpc::CallbackServerContext *context,
                                                               const v1::WithdrawPublicationRequest *request,
                                                               v1::WithdrawPublicationResponse *response) {
    return finishUnary(context, "WithdrawPublication", [&] {
        wire::toProto(publication_.withdraw(authenticate(context, auth_), request->case_id(), request->reason()),
                      response->mutable_record());
    });
}

grpc::ServerUnaryReactor *CaseServiceImpl::ListPublications(grpc::CallbackServerContext *context,
                                                            const v1::ListPublicationsRequest *,
                                                            v1::ListPublicationsResponse *response) {
    return finishUnary(context, "ListPublications", [&] {
        for (const auto &record : publication_.list(authenticate(context, auth_))) {
            wire::toProto(record, response->add_records());
        }
    });
}

}  // namespace fc::server
