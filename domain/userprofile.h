#pragma once

#include <string>

#include "domain/role.h"

namespace fc::domain {

// Who a user is, as both the server and the user's devices know them.
struct UserProfile {
    std::string id;
    std::string username;
    std::string displayName;
    Role role = Role::Inspector;
    std::string jurisdiction;   // administrative division code, e.g. "140405"
    std::string certificateNo;  // enforcement certificate; empty for non-officers
};

}  // namespace fc::domain
