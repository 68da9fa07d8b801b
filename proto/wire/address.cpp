#include "wire/address.h"

namespace fc::wire {

bool isLoopbackAddress(const std::string &hostPort) {
    std::string host = hostPort;
    if (host.starts_with("[")) {
        host = host.substr(1, host.find(']') - 1);
    } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
        host = host.substr(0, colon);
    }
    return host == "localhost" || host == "::1" || host.starts_with("127.");
}

}  // namespace fc::wire
