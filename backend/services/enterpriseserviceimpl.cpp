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

}  // namespace fc::server
