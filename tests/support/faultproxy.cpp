#include "faultproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

namespace {

// Follows the HTTP/2 frames going to the server (after the 24-byte client preface) to find
// the payload bytes of large DATA frames, which hold gRPC message bytes.
class FrameTracker {
public:
    // Flips one byte of the target DATA frame if it lies within [data, data+n).
    bool maybeCorrupt(char *data, std::size_t n, int targetFrame) {
        bool flipped = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (preface_ < 24) {
                ++preface_;
                continue;
            }
            if (headerFill_ < 9) {
                header_[headerFill_++] = static_cast<unsigned char>(data[i]);
                if (headerFill_ == 9) {
                    remaining_ = (header_[0] << 16) | (header_[1] << 8) | header_[2];
                    const bool large = header_[3] == 0 && remaining_ >= 8192;
                    corruptAt_ = -1;
                    if (large && dataFrames_++ == targetFrame) corruptAt_ = remaining_ / 2;
                    if (remaining_ == 0) headerFill_ = 0;
                }
                continue;
            }
            if (corruptAt_ >= 0 && remaining_ == corruptAt_) {
                data[i] = static_cast<char>(data[i] ^ 0x5a);
                flipped = true;
            }
            if (--remaining_ == 0) headerFill_ = 0;
        }
        return flipped;
    }

private:
    int preface_ = 0;
    std::array<unsigned char, 9> header_{};
    int headerFill_ = 0;
    long remaining_ = 0;
    long corruptAt_ = -1;
    int dataFrames_ = 0;
};

bool sendAll(int fd, const char *data, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
        if (w <= 0) return false;
        data += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

void hardClose(int fd, bool reset) {
    if (reset) {
        linger l{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    } else {
        ::shutdown(fd, SHUT_RDWR);
    }
    ::close(fd);
}

}  // namespace

FaultProxy::FaultProxy(int targetPort, Policy policy)
    : targetPort_(targetPort), policy_(std::move(policy)) {
    listenFd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(listenFd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listenFd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(listenFd_, 64) != 0) {
        throw std::runtime_error("the fault proxy cannot listen");
    }
    socklen_t len = sizeof addr;
    ::getsockname(listenFd_, reinterpret_cast<sockaddr *>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy() {
    stopping_ = true;
    ::shutdown(listenFd_, SHUT_RDWR);
    ::close(listenFd_);
    acceptor_.join();
    cutAll();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(mutex_);
        threads.swap(threads_);
    }
    for (auto &t : threads) t.join();
}

void FaultProxy::setPolicy(Policy policy) {
    std::lock_guard lock(mutex_);
    policy_ = std::move(policy);
}

void FaultProxy::cutAll() {
    std::lock_guard lock(mutex_);
    for (int fd : open_) ::shutdown(fd, SHUT_RDWR);
}

void FaultProxy::acceptLoop() {
    while (!stopping_) {
        const int client = ::accept(listenFd_, nullptr, nullptr);
        if (client < 0) {
            if (stopping_) return;
            continue;
        }
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(targetPort_));
        if (::connect(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(server);
            hardClose(client, true);  // the server is down: refuse, as it would
            continue;
        }
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const int index = connections_++;
        std::lock_guard lock(mutex_);
        const Plan plan = policy_ ? policy_(index) : Plan{};
        open_.push_back(client);
        open_.push_back(server);
        threads_.emplace_back([this, client, server, plan] { pump(client, server, plan); });
    }
}

void FaultProxy::pump(int client, int server, Plan plan) {
    FrameTracker frames;
    std::int64_t up = 0, down = 0;
    bool stalled = false;
    std::array<char, 64 * 1024> buffer;
    pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    bool broken = false;
    while (!broken && !stopping_) {
        if (::poll(fds, 2, 200) < 0) break;
        for (int side = 0; side < 2 && !broken; ++side) {
            if (!(fds[side].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const bool upward = side == 0;
            std::int64_t limit = upward ? plan.cutUpAfter : plan.cutDownAfter;
            std::int64_t &count = upward ? up : down;
            std::size_t want = buffer.size();
            if (limit >= 0) want = static_cast<std::size_t>(std::clamp<std::int64_t>(limit - count, 0, buffer.size()));
            if (want == 0) {
                broken = true;
                break;
            }
            const ssize_t n = ::recv(fds[side].fd, buffer.data(), want, 0);
            if (n <= 0) {
                broken = true;
                break;
            }
            if (upward && plan.corruptDataFrame >= 0 &&
                frames.maybeCorrupt(buffer.data(), static_cast<std::size_t>(n), plan.corruptDataFrame)) {
                ++corruptions_;
            }
            if (!sendAll(fds[1 - side].fd, buffer.data(), static_cast<std::size_t>(n))) {
                broken = true;
                break;
            }
            count += n;
            (upward ? bytesUp_ : bytesDown_) += n;
            if (upward && !stalled && plan.stallUpAt >= 0 && up >= plan.stallUpAt) {
                stalled = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(plan.stallMs));
            }
            if (limit >= 0 && count >= limit) broken = true;
        }
    }
    {
        std::lock_guard lock(mutex_);
        std::erase(open_, client);
        std::erase(open_, server);
    }
    hardClose(client, plan.reset);
    hardClose(server, plan.reset);
}
