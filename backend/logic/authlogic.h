#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"

namespace fc::server {

// Sign-in, sessions and device registration: who is calling, through which device.
class AuthLogic {
public:
    struct LoginResult {
        std::string token;
        std::int64_t expiresAtMs = 0;
        UserRow user;
    };

    AuthLogic(Store &store, const Clock &clock,
              std::chrono::milliseconds sessionLifetime = std::chrono::hours(12));

    // Checks the password (Argon2id), registers an unknown device to the user, refuses a
    // revoked device or one registered to someone else, and opens a session.
    LoginResult login(std::string_view username, std::string_view password,
                      std::string_view deviceId, std::string_view deviceName);

    // The principal behind a bearer token; Unauthenticated if it is unknown or expired,
    // PermissionDenied if its device has been revoked.
    Principal authenticate(std::string_view token);

    void logout(std::string_view token);

    // The bureau's registered devices (administrators only).
    std::vector<DeviceRow> devices(const Principal &caller);
    // Revokes a device at once: its sessions end and it can neither sign in nor sync.
    void revokeDevice(const Principal &caller, std::string_view deviceId);
    // The same, for the command-line tool on the server itself.
    void revokeDevice(std::string_view deviceId);

private:
    Store &store_;
    const Clock &clock_;
    std::chrono::milliseconds sessionLifetime_;
};

}  // namespace fc::server
