#pragma once

#include <string>

namespace fc::wire {

// True for "localhost", 127.0.0.0/8 and [::1] host:port addresses. Plaintext gRPC is
// allowed only there; every other address needs TLS on both sides.
bool isLoopbackAddress(const std::string &hostPort);

}  // namespace fc::wire
