#include "backend/services/authserviceimpl.h"

#include "backend/services/servicesupport.h"
#include "wire/convert.h"

namespace fc::server {

namespace v1 = fieldcase::v1;

grpc::ServerUnaryReactor *AuthServiceImpl::Login(grpc::CallbackServerContext *context,
                                                 const v1::LoginRequest *request,
                                                 v1::LoginResponse *response) {
    return finishUnary(context, "Login", [&] {
        auto result = auth_.login(request->username(), request->password(), request->device_id(),
                                  request->device_name());
        response->set_session_token(result.token);
        response->set_expires_at_ms(result.expiresAtMs);
        wire::toProto(result.user.profile(), response->mutable_user());
    });
}

grpc::ServerUnaryReactor *AuthServiceImpl::Logout(grpc::CallbackServerContext *context,
                                                  const v1::LogoutRequest *,
                                                  v1::LogoutResponse *) {
    return finishUnary(context, "Logout", [&] {
        authenticate(context, auth_);
        auth_.logout(bearerToken(context));
    });
}

grpc::ServerUnaryReactor *AuthServiceImpl::WhoAmI(grpc::CallbackServerContext *context,
                                                  const v1::WhoAmIRequest *,
                                                  v1::WhoAmIResponse *response) {
    return finishUnary(context, "WhoAmI", [&] {
        const auto caller = authenticate(context, auth_);
        wire::toProto(domain::UserProfile{caller.userId, caller.username, caller.displayName,
                                          caller.role, caller.jurisdiction, {}},
                      response->mutable_user());
        response->set_device_id(caller.deviceId);
    });
}

}  // namespace fc::server
