#pragma once

#include <chrono>
#include <cstdint>

namespace fc::server {

// The time source of the logic, injected so that tests can pin it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;  // UTC milliseconds since the epoch
};

class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

}  // namespace fc::server
