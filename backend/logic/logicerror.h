#pragma once

#include <stdexcept>
#include <string>

namespace fc::server {

// A refusal by the server logic, with a category the transport maps to its own codes
// (gRPC status in services/). The message is meant for the person who caused it.
class LogicError : public std::runtime_error {
public:
    enum class Code {
        InvalidArgument,
        NotFound,
        AlreadyExists,
        PermissionDenied,
        Unauthenticated,
        FailedPrecondition,
        ResourceExhausted,
        DataLoss,  // bytes arrived damaged: send them again
    };

    LogicError(Code code, const std::string &message) : std::runtime_error(message), code_(code) {}
    Code code() const { return code_; }

private:
    Code code_;
};

}  // namespace fc::server
