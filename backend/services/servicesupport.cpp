#include "backend/services/servicesupport.h"

#include <iostream>

#include "backend/logic/logicerror.h"
#include "backend/store/store.h"

namespace fc::server {
namespace {

grpc::StatusCode codeOf(LogicError::Code code) {
    using C = LogicError::Code;
    switch (code) {
    case C::InvalidArgument: return grpc::StatusCode::INVALID_ARGUMENT;
    case C::NotFound: return grpc::StatusCode::NOT_FOUND;
    case C::AlreadyExists: return grpc::StatusCode::ALREADY_EXISTS;
    case C::PermissionDenied: return grpc::StatusCode::PERMISSION_DENIED;
    case C::Unauthenticated: return grpc::StatusCode::UNAUTHENTICATED;
    case C::FailedPrecondition: return grpc::StatusCode::FAILED_PRECONDITION;
    case C::ResourceExhausted: return grpc::StatusCode::RESOURCE_EXHAUSTED;
    case C::DataLoss: return grpc::StatusCode::DATA_LOSS;
    }
    return grpc::StatusCode::UNKNOWN;
}

}  // namespace

std::string bearerToken(const grpc::CallbackServerContext *context) {
    const auto &metadata = context->client_metadata();
    auto it = metadata.find("authorization");
    if (it == metadata.end()) return {};
    const std::string value(it->second.data(), it->second.size());
    constexpr std::string_view kPrefix = "Bearer ";
    return value.starts_with(kPrefix) ? value.substr(kPrefix.size()) : std::string();
}

Principal authenticate(const grpc::CallbackServerContext *context, AuthLogic &auth) {
    return auth.authenticate(bearerToken(context));
}

grpc::Status guarded(const char *method, const std::function<void()> &body) {
    try {
        body();
        return grpc::Status::OK;
    } catch (const LogicError &e) {
        return {codeOf(e.code()), e.what()};
    } catch (const StoreError &e) {
        std::cerr << method << ": store failure: " << e.what() << '\n';
        switch (e.kind()) {
        case StoreError::Kind::DiskFull:
            return {grpc::StatusCode::RESOURCE_EXHAUSTED,
                    "the server's storage is full; nothing was saved, try again later"};
        case StoreError::Kind::Busy:
            return {grpc::StatusCode::UNAVAILABLE, "the server is busy; nothing was saved, retry"};
        default:
            return {grpc::StatusCode::INTERNAL, "the server could not save this; nothing was saved"};
        }
    } catch (const std::exception &e) {
        std::cerr << method << ": internal error: " << e.what() << '\n';
        return {grpc::StatusCode::INTERNAL, "internal server error"};
    }
}

}  // namespace fc::server
