#include "backend/portal/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace fc::server::portal {

RateLimiter::RateLimiter(double perSecond, double burst, Now now)
    : perSecond_(perSecond), burst_(std::max(1.0, burst)), now_(std::move(now)) {}

bool RateLimiter::allow(const std::string &client, int &retryAfter) {
    if (perSecond_ <= 0) return true;
    const auto now = now_();
    std::lock_guard lock(mutex_);
    if (buckets_.size() > kPruneAbove) prune(now);
    auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
    auto &b = it->second;
    if (!fresh) {
        const std::chrono::duration<double> elapsed = now - b.at;
        b.tokens = std::min(burst_, b.tokens + elapsed.count() * perSecond_);
        b.at = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    retryAfter = std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / perSecond_)));
    return false;
}

void RateLimiter::prune(std::chrono::steady_clock::time_point now) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
        const std::chrono::duration<double> elapsed = now - it->second.at;
        if (it->second.tokens + elapsed.count() * perSecond_ >= burst_) {
            it = buckets_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace fc::server::portal
