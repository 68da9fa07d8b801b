#pragma once

#include <initializer_list>
#include <string>

#include "backend/logic/logicerror.h"
#include "domain/role.h"

namespace fc::server {

// The authenticated caller of a request: a user acting through one registered device.
struct Principal {
    std::string userId;
    std::string username;
    std::string displayName;
    domain::Role role = domain::Role::Inspector;
    std::string jurisdiction;
    std::string deviceId;

    bool hasRole(std::initializer_list<domain::Role> roles) const {
        for (auto r : roles) {
            if (r == role) return true;
        }
        return false;
    }

    // Deny by default: every logic entry point names the roles it admits.
    void require(std::initializer_list<domain::Role> roles) const {
        if (!hasRole(roles)) {
            throw LogicError(LogicError::Code::PermissionDenied,
                             "the role " + std::string(domain::roleName(role)) +
                                 " may not do this");
        }
    }
};

}  // namespace fc::server
