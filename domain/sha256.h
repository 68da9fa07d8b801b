#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace fc::domain {

// SHA-256, the identity of evidence (its id is the hash of its bytes) on both sides.
// OpenSSL's implementation: several times faster than libsodium's on these machines.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(std::string_view data);
    // Lower-case hex of the digest; the object is spent afterwards.
    std::string hexDigest();
    // The 32 bytes of the digest; the object is spent afterwards.
    std::string rawDigest();

    static std::string hex(std::string_view data);
    static std::string raw(std::string_view data);
    static std::string toHex(std::string_view bytes);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace fc::domain
