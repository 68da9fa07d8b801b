#include "backend/logic/userdirectory.h"

#include <algorithm>
#include <cctype>

#include "backend/logic/secrets.h"

namespace fc::server {
namespace {

void check(bool ok, const std::string &message) {
    if (!ok) throw LogicError(LogicError::Code::InvalidArgument, message);
}

bool validUsername(const std::string &name) {
    return name.size() >= 3 && name.size() <= 32 &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) {
               return std::islower(c) || std::isdigit(c) || c == '.' || c == '_' || c == '-';
           });
}

}  // namespace

UserDirectory::UserDirectory(Store &store, const Clock &clock) : store_(store), clock_(clock) {}

std::string UserDirectory::createUser(const NewUser &u) {
    check(validUsername(u.username),
          "a user name has 3-32 characters: lower-case letters, digits, '.', '_' or '-'");
    check(!u.displayName.empty(), "the display name is empty");
    check(u.jurisdiction.size() == 6 &&
              std::all_of(u.jurisdiction.begin(), u.jurisdiction.end(),
                          [](unsigned char c) { return std::isdigit(c); }),
          "the jurisdiction is a 6-digit administrative division code");
    check(u.password.size() >= 8, "a password has at least 8 characters");
    const bool officer = u.role == domain::Role::Inspector || u.role == domain::Role::Supervisor;
    check(!officer || !u.certificateNo.empty(),
          "inspectors and supervisors need an enforcement certificate number");

    UserRow row{newUuid(), u.username, u.displayName, u.role, u.jurisdiction, u.certificateNo,
                hashPassword(u.password), false, clock_.nowMs()};
    store_.transact([&](StoreTx &tx) {
        if (tx.userByUsername(u.username)) {
            throw LogicError(LogicError::Code::AlreadyExists,
                             "the user name " + u.username + " is taken");
        }
        tx.insertUser(row);
    });
    return row.id;
}

std::vector<UserRow> UserDirectory::officers(const Principal &caller) {
    caller.require({domain::Role::Supervisor, domain::Role::Admin});
    auto users = store_.transact([](StoreTx &tx) { return tx.listUsers(); });
    std::erase_if(users, [&](const UserRow &u) {
        return u.disabled || u.certificateNo.empty() || u.jurisdiction != caller.jurisdiction ||
               (u.role != domain::Role::Inspector && u.role != domain::Role::Supervisor);
    });
    return users;
}

}  // namespace fc::server
