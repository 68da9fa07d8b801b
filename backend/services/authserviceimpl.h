#pragma once

#include "backend/logic/authlogic.h"
#include "fieldcase/v1/auth.grpc.pb.h"

namespace fc::server {

// gRPC adapter of AuthLogic.
class AuthServiceImpl final : public fieldcase::v1::AuthService::CallbackService {
public:
    explicit AuthServiceImpl(AuthLogic &auth) : auth_(auth) {}

    grpc::ServerUnaryReactor *Login(grpc::CallbackServerContext *context,
                                    const fieldcase::v1::LoginRequest *request,
                                    fieldcase::v1::LoginResponse *response) override;
    grpc::ServerUnaryReactor *Logout(grpc::CallbackServerContext *context,
                                     const fieldcase::v1::LogoutRequest *request,
                                     fieldcase::v1::LogoutResponse *response) override;
    grpc::ServerUnaryReactor *WhoAmI(grpc::CallbackServerContext *context,
                                     const fieldcase::v1::WhoAmIRequest *request,
                                     fieldcase::v1::WhoAmIResponse *response) override;
    grpc::ServerUnaryReactor *ListDevices(grpc::CallbackServerContext *context,
                                          const fieldcase::v1::ListDevicesRequest *request,
                                          fieldcase::v1::ListDevicesResponse *response) override;
    grpc::ServerUnaryReactor *RevokeDevice(grpc::CallbackServerContext *context,
                                           const fieldcase::v1::RevokeDeviceRequest *request,
                                           fieldcase::v1::RevokeDeviceResponse *response) override;

private:
    AuthLogic &auth_;
};

}  // namespace fc::server
