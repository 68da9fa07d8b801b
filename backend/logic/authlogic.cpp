#include "backend/logic/authlogic.h"

#include "backend/logic/secrets.h"
#include "domain/uuid.h"

namespace fc::server {
namespace {

LogicError badCredentials() {
    return LogicError(LogicError::Code::Unauthenticated, "wrong user name or password");
}

}  // namespace

AuthLogic::AuthLogic(Store &store, const Clock &clock, std::chrono::milliseconds sessionLifetime)
    : store_(store), clock_(clock), sessionLifetime_(sessionLifetime) {}

AuthLogic::LoginResult AuthLogic::login(std::string_view username, std::string_view password,
                                        std::string_view deviceId, std::string_view deviceName) {
    if (!domain::isUuid(deviceId)) {
        throw LogicError(LogicError::Code::InvalidArgument, "the device id must be a UUID");
    }
    auto user = store_.transact([&](StoreTx &tx) { return tx.userByUsername(username); });
    // Hash outside the transaction (it takes a while) and also for unknown users, so that
    // timing does not tell which user names exist.
    static const std::string dummyHash = hashPassword("not a real password");
    const bool passwordOk = verifyPassword(user ? user->passwordHash : dummyHash, password);
    if (!user || !passwordOk) throw badCredentials();
    if (user->disabled) {
        throw LogicError(LogicError::Code::PermissionDenied, "this account is disabled");
    }

    const std::int64_t now = clock_.nowMs();
    LoginResult result{newSessionToken(), now + sessionLifetime_.count(), *user};
    store_.transact([&](StoreTx &tx) {
        auto device = tx.deviceById(deviceId);
        if (!device) {
            tx.insertDevice({std::string(deviceId), user->id, std::string(deviceName), now,
                             std::nullopt, 0});
        } else if (device->userId != user->id) {
            throw LogicError(LogicError::Code::PermissionDenied,
                             "this device is registered to another user");
        } else if (device->revokedAtMs) {
            throw LogicError(LogicError::Code::PermissionDenied, "this device has been revoked");
        }
        tx.insertSession({sha256Hex(result.token), user->id, std::string(deviceId), now,
                          result.expiresAtMs});
    });
    return result;
}

Principal AuthLogic::authenticate(std::string_view token) {
    if (token.empty()) {
        throw LogicError(LogicError::Code::Unauthenticated, "sign in first: no session token");
    }
    const std::int64_t now = clock_.nowMs();
    return store_.read([&](StoreTx &tx) {
        auto session = tx.sessionByTokenHash(sha256Hex(token));
        if (!session) {
            throw LogicError(LogicError::Code::Unauthenticated, "the session is not valid");
        }
        if (session->expiresAtMs <= now) {
            throw LogicError(LogicError::Code::Unauthenticated,
                             "the session has expired, sign in again");
        }
        auto user = tx.userById(session->userId);
        if (!user || user->disabled) {
            throw LogicError(LogicError::Code::PermissionDenied, "this account is disabled");
        }
        auto device = tx.deviceById(session->deviceId);
        if (!device || device->revokedAtMs) {
            throw LogicError(LogicError::Code::PermissionDenied, "this device has been revoked");
        }
        return Principal{user->id, user->username, user->displayName, user->role,
                         user->jurisdiction, session->deviceId};
    });
}

void AuthLogic::logout(std::string_view token) {
    store_.transact([&](StoreTx &tx) { tx.deleteSession(sha256Hex(token)); });
}

}  // namespace fc::server

namespace fc::server {

std::vector<DeviceRow> AuthLogic::devices(const Principal &caller) {
    caller.require({domain::Role::Admin});
    return store_.transact([](StoreTx &tx) { return tx.listDevices(); });
}

void AuthLogic::revokeDevice(const Principal &caller, std::string_view deviceId) {
    caller.require({domain::Role::Admin});
    revokeDevice(deviceId);
}

void AuthLogic::revokeDevice(std::string_view deviceId) {
    const std::int64_t now = clock_.nowMs();
    store_.transact([&](StoreTx &tx) {
        if (!tx.deviceById(deviceId)) {
            throw LogicError(LogicError::Code::NotFound, "no device with that id");
        }
        tx.revokeDevice(deviceId, now);
    });
}

}  // namespace fc::server
