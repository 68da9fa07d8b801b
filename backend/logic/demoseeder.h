#pragma once

#include <string>
#include <string_view>

#include "backend/logic/clock.h"
#include "backend/logic/custodylog.h"
#include "backend/store/store.h"
#include "domain/policy.h"
#include "domain/workcalendar.h"

namespace fc::server {

// Demo data for `./dev run` and the end-to-end tests: a supervisor, two inspectors, a legal
// reviewer, an administrator, the enterprise directory, and a few assigned cases; then, with
// seedDecisions, decided cases and what follows from them for the public portal.
class DemoSeeder {
public:
    static constexpr std::string_view kPassword = "demo-pass-2026";
    static constexpr std::string_view kJurisdiction = "140405";

    DemoSeeder(Store &store, const Clock &clock);

    // Seeds an empty store; returns false (and changes nothing) if users already exist.
    bool seed(std::string_view enterprisesCsv);

    // After seed(): four cases taken through the real workflow to a decision, appended to
    // the custody log: one published with personal data in its facts (redacted), one major
    // decision reviewed, published and then withdrawn, one direct-to-D violation
    // (published; the enterprise is blacklisted), and one decided but not yet published.
    void seedDecisions(CustodyLog &custody, const domain::Policy &policy, const domain::WorkCalendar &calendar);

private:
    Store &store_;
    const Clock &clock_;
};

}  // namespace fc::server
