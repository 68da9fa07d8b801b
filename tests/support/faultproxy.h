#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// A TCP proxy on a loopback port that misbehaves on purpose: it cuts connections after a
// number of bytes, resets them, stalls them, or flips a byte inside an HTTP/2 DATA frame
// going to the server. Each new connection gets its own plan from the policy. It counts
// every byte it forwards, so tests can check what crossed the wire.
class FaultProxy {
public:
    struct Plan {
        std::int64_t cutUpAfter = -1;    // end the connection after this many bytes up
        std::int64_t cutDownAfter = -1;  // ... or down
        bool reset = false;              // end it with a TCP reset rather than a close
        std::int64_t stallUpAt = -1;     // pause forwarding once this many bytes went up...
        int stallMs = 0;                 // ...for this long
        // Flip a byte in the middle of this (0-based) large DATA frame going up. gRPC sends
        // each upload chunk in one DATA frame, so frame n is the n-th chunk on the connection.
        int corruptDataFrame = -1;
    };
    using Policy = std::function<Plan(int connection)>;

    explicit FaultProxy(int targetPort, Policy policy = {});
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    int port() const { return port_; }
    void setPolicy(Policy policy);
    // Ends every open connection now (as a network drop would).
    void cutAll();

    std::int64_t bytesUp() const { return bytesUp_; }
    std::int64_t bytesDown() const { return bytesDown_; }
    int connections() const { return connections_; }
    int corruptions() const { return corruptions_; }

private:
    void acceptLoop();
    void pump(int client, int server, Plan plan);

    int targetPort_;
    int listenFd_ = -1;
    int port_ = 0;
    std::mutex mutex_;
    Policy policy_;
    std::vector<int> open_;
    std::vector<std::thread> threads_;
    std::thread acceptor_;
    std::atomic<bool> stopping_{false};
    std::atomic<std::int64_t> bytesUp_{0};
    std::atomic<std::int64_t> bytesDown_{0};
    std::atomic<int> connections_{0};
    std::atomic<int> corruptions_{0};
};
