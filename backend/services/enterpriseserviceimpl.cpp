#include "backend/services/enterpriseserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *EnterpriseServiceImpl::ListEnterprises(
    grpc::CallbackServerContext *context, const v1::ListEnterprisesRequest *request,
    v1::ListEnterprisesResponse *response) {
    return finishUnary(context, "ListEnterprises", [&] {
        const auto page = directory_.list(authenticate(context, auth_), request->after_code(),
                                          request->limit());
        for (const auto &e : page.enterprises) wire::toProto(e, response->add_enterprises());
        response->set_has_more(page.hasMore);
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::GetEnterprise(
    grpc::CallbackServerContext *context, const v1::GetEnterpriseRequest *request,
    v1::Enterprise *response) {
    return finishUnary(context, "GetEnterprise", [&] {
        wire::toProto(directory_.get(authenticate(context, auth_), request->credit_code()),
                      response);
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::ImportEnterprises(
    grpc::CallbackServerContext *context, const v1::ImportEnterprisesRequest *request,
    v1::ImportEnterprisesResponse *response) {
    return finishUnary(context, "ImportEnterprises", [&] {
        response->set_imported(directory_.importCsv(authenticate(context, auth_), request->csv()));
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::GetCredit(grpc::CallbackServerContext *context,
                                                           const v1::GetCreditRequest *request,
                                                           v1::GetCreditResponse *response) {
    return finishUnary(context, "GetCredit", [&] {
        const auto credit = credit_.credit(authenticate(context, auth_), request->credit_code());
        response->set_credit_code(credit.enterprise.creditCode);
        response->set_enterprise_name(credit.enterprise.name);
        response->set_points(credit.state.points);
        response->set_level(wire::toProto(credit.state.level));
        for (const auto &change : credit.state.history) wire::toProto(change, response->add_history());
        for (const auto &entry : credit.state.blacklist) {
            auto *out = response->add_listings();
            wire::toProto(entry, out);
            out->set_enterprise_code(credit.enterprise.creditCode);
            out->set_enterprise_name(credit.enterprise.name);
        }
        for (const auto &repair : credit.repairs) wire::toProto(repair, response->add_repairs());
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::ListBlacklist(grpc::CallbackServerContext *context,
                                                               const v1::ListBlacklistRequest *,
                                                               v1::ListBlacklistResponse *response) {
    return finishUnary(context, "ListBlacklist", [&] {
        for (const auto &listing : credit_.blacklist(authenticate(context, auth_))) {
            auto *out = response->add_entries();
            wire::toProto(listing.entry, out);
            out->set_enterprise_code(listing.enterpriseCode);
            out->set_enterprise_name(listing.enterpriseName);
        }
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::ApplyCreditRepair(grpc::CallbackServerContext *context,
                                                                   const v1::ApplyCreditRepairRequest *request,
                                                                   v1::ApplyCreditRepairResponse *response) {
    return finishUnary(context, "ApplyCreditRepair", [&] {
        wire::toProto(credit_.applyForRepair(authenticate(context, auth_), request->credit_code(), request->statement()),
                      response->mutable_repair());
    });
}

grpc::ServerUnaryReactor *EnterpriseServiceImpl::VerifyCreditRepair(grpc::CallbackServerContext *context,
                                                                    const v1::VerifyCreditRepairRequest *request,
                                                                    v1::VerifyCreditRepairResponse *response) {
    return finishUnary(context, "VerifyCreditRepair", [&] {
        wire::toProto(credit_.verifyRepair(authenticate(context, auth_), request->repair_id(), request->granted(),
                                           request->remark()),
                      response->mutable_repair());
    });
}

}  // namespace fc::server
