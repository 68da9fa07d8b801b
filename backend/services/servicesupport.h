#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <string>

#include "backend/logic/authlogic.h"

namespace fc::server {

// The session token of a call ("authorization: Bearer <token>"), or empty.
std::string bearerToken(const grpc::CallbackServerContext *context);

// The authenticated caller; throws LogicError(Unauthenticated) without a valid token.
Principal authenticate(const grpc::CallbackServerContext *context, AuthLogic &auth);

// Runs a handler body and turns what it throws into a status: logic refusals keep their
// message, storage failures and bugs become INTERNAL (logged, with no detail to the caller).
grpc::Status guarded(const char *method, const std::function<void()> &body);

// Finishes a unary callback call with the outcome of body.
inline grpc::ServerUnaryReactor *finishUnary(grpc::CallbackServerContext *context,
                                             const char *method,
                                             const std::function<void()> &body) {
    auto *reactor = context->DefaultReactor();
    reactor->Finish(guarded(method, body));
    return reactor;
}

}  // namespace fc::server
