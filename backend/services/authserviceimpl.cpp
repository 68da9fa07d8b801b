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

grpc::ServerUnaryReactor *AuthServiceImpl::ListDevices(grpc::CallbackServerContext *context,
                                                       const v1::ListDevicesRequest *,
                                                       v1::ListDevicesResponse *response) {
    return finishUnary(context, "ListDevices", [&] {
        for (const auto &d : auth_.devices(authenticate(context, auth_))) {
            auto *out = response->add_devices();
            out->set_id(d.id);
            out->set_user_id(d.userId);
            out->set_name(d.name);
            out->set_registered_at_ms(d.registeredAtMs);
            out->set_revoked_at_ms(d.revokedAtMs.value_or(0));
        }
    });
}

grpc::ServerUnaryReactor *AuthServiceImpl::RevokeDevice(grpc::CallbackServerContext *context,
                                                        const v1::RevokeDeviceRequest *request,
                                                        v1::RevokeDeviceResponse *) {
    return finishUnary(context, "RevokeDevice", [&] {
        auth_.revokeDevice(authenticate(context, auth_), request->device_id());
    });
}

}  // namespace fc::server
