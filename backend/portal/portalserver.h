#pragma once

#include <memory>
#include <string>

#include "backend/logic/publicrecords.h"

namespace fc::server::portal {

struct PortalOptions {
    std::string listenAddress = "127.0.0.1:8080";  // port 0 picks a free one
    double ratePerSecond = 10;  // per client address; 0 switches the limit off
    double burst = 40;
    int threads = 32;           // connections served at once (keep-alive holds one)
    std::string agency;         // the enforcing body named on every page
};

// The public portal: read-only HTML pages and a JSON API over PublicRecords, on its own
// HTTP port (cpp-httplib), beside the gRPC server. Plain HTTP: it serves only public
// data; off loopback it belongs behind the bureau's TLS-terminating proxy
// (docs/DEPLOYMENT.md). Every answer, error pages included, is complete before it is
// sent; no request can reach anything but PublicRecords.
class PortalServer {
public:
    // Binds and starts serving; throws std::runtime_error if the address cannot be bound.
    PortalServer(const PublicRecords &records, const PortalOptions &options);
    ~PortalServer();
    PortalServer(const PortalServer &) = delete;
    PortalServer &operator=(const PortalServer &) = delete;

    int port() const;
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fc::server::portal
