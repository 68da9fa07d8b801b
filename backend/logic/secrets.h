#pragma once

#include <string>
#include <string_view>

namespace fc::server {

// Randomness, hashing and password storage, all from libsodium. Call initSecrets() once
// before anything else here.
void initSecrets();

std::string newUuid();
// 256 random bits, base64url without padding: an opaque bearer token.
std::string newSessionToken();
std::string sha256Hex(std::string_view data);

// Argon2id password hashing (libsodium's crypto_pwhash_str, interactive limits).
std::string hashPassword(std::string_view password);
bool verifyPassword(std::string_view hash, std::string_view password);

}  // namespace fc::server
