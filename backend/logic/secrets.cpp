#include "backend/logic/secrets.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "domain/sha256.h"
#include "domain/uuid.h"

namespace fc::server {

void initSecrets() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string newUuid() {
    std::array<std::uint8_t, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return domain::uuidV4FromBytes(bytes);
}

std::string newSessionToken() {
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string sha256Hex(std::string_view data) { return domain::Sha256::hex(data); }

std::string hashPassword(std::string_view password) {
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return std::string(out.data());
}

bool verifyPassword(std::string_view hash, std::string_view password) {
    const std::string h(hash);
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace fc::server
