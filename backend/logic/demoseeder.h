#pragma once

#include <string>
#include <string_view>

#include "backend/logic/clock.h"
#include "backend/store/store.h"

namespace fc::server {

// Demo data for `./dev run` and the end-to-end tests: a supervisor, two inspectors, a legal
// reviewer, an administrator, the enterprise directory, and a few assigned cases.
class DemoSeeder {
public:
    static constexpr std::string_view kPassword = "demo-pass-2026";
    static constexpr std::string_view kJurisdiction = "140405";

    DemoSeeder(Store &store, const Clock &clock);

    // Seeds an empty store; returns false (and changes nothing) if users already exist.
    bool seed(std::string_view enterprisesCsv);

private:
    Store &store_;
    const Clock &clock_;
};

}  // namespace fc::server
