#pragma once

#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"

namespace fc::server {

// The bureau's user accounts: created by the administrator, listed for assignment.
class UserDirectory {
public:
    struct NewUser {
        std::string username;
        std::string displayName;
        domain::Role role = domain::Role::Inspector;
        std::string jurisdiction;
        std::string certificateNo;
        std::string password;
    };

    UserDirectory(Store &store, const Clock &clock);

    // Validates and stores a user with an Argon2id password hash; returns its id.
    std::string createUser(const NewUser &user);

    // Users who can be assigned to a case: inspectors and supervisors with a certificate.
    std::vector<UserRow> officers(const Principal &caller);

private:
    Store &store_;
    const Clock &clock_;
};

}  // namespace fc::server
