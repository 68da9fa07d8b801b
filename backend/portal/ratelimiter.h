#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fc::server::portal {

// A token bucket per client: `burst` requests at once, refilled at `perSecond`. The
// table forgets clients whose bucket is full again, so it stays small however many
// addresses pass by.
class RateLimiter {
public:
    using Now = std::function<std::chrono::steady_clock::time_point()>;

    // perSecond <= 0: no limit.
    RateLimiter(double perSecond, double burst, Now now = std::chrono::steady_clock::now);

    // True when the client may go ahead (and a token is taken); otherwise false with the
    // whole seconds until the next token in `retryAfter`.
    bool allow(const std::string &client, int &retryAfter);

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point at;
    };
    static constexpr std::size_t kPruneAbove = 10000;
    void prune(std::chrono::steady_clock::time_point now);

    double perSecond_;
    double burst_;
    Now now_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace fc::server::portal
