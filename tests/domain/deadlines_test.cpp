// The periods running for a case, across the shipped holiday calendar.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/date.h"
#include "domain/deadlines.h"
#include "domain/publication.h"

namespace fc::domain {
namespace {

WorkCalendar::Date d(const char *iso) { return *parseIsoDate(iso); }

// Noon, China Standard Time, of a local date, in UTC milliseconds.
std::int64_t noonOf(const char *iso) {
    using namespace std::chrono;
    return duration_cast<milliseconds>(sys_days(d(iso)).time_since_epoch() + hours(12) - kChinaStandardOffset)
        .count();
}

WorkCalendar calendar() {
    std::ifstream in(FIELDCASE_POLICY_DIR "/holidays-cn.txt");
    std::stringstream text;
    text << in.rdbuf();
    return WorkCalendar::parse(text.str());
}

CaseEvent event(std::string_view action, const char *date) {
    CaseEvent e;
    e.action = std::string(action);
    e.atMs = noonOf(date);
    return e;
}

CaseEvent event(CaseCommand command, const char *date) { return event(caseCommandName(command), date); }

TEST(Deadlines, EachStageRunsItsPeriodsAcrossHolidays) {
    const auto cal = calendar();
    const Policy policy;
    CaseRecord c;
    c.createdAtMs = noonOf("2026-01-31");

    // At inspection: filing within 15 days, ending in the Spring Festival: moved to 24 Feb.
    auto running = runningDeadlines(c, {}, policy, cal);
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].kind, Deadline::Kind::Filing);
    EXPECT_EQ(running[0].due, d("2026-02-24"));

    // Filed on 2 March: the decision within 90 days (31 May, a Sunday: 1 June).
    std::vector<CaseEvent> history{event(CaseCommand::File, "2026-03-02")};
    c.status = CaseStatus::Investigation;
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].kind, Deadline::Kind::Decision);
    EXPECT_EQ(running[0].due, d("2026-06-01"));

    // Notified on 29 Sep: 5 working days for a hearing request, across National Day and
    // the worked Saturday: 30 Sep, 8, 9, 10 (Sat), 12 Oct.
    history.push_back(event(CaseCommand::Notify, "2026-09-29"));
    c.status = CaseStatus::Notified;
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 2u);
    EXPECT_EQ(running[1].kind, Deadline::Kind::HearingRequest);
    EXPECT_EQ(running[1].due, d("2026-10-12"));

    // Under legal review from 13 Feb: 5 working days, the worked Saturday counted.
    history.push_back(event(CaseCommand::SubmitForLegalReview, "2026-02-13"));
    c.status = CaseStatus::LegalReview;
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 2u);
    EXPECT_EQ(running[1].kind, Deadline::Kind::LegalReview);
    EXPECT_EQ(running[1].due, d("2026-02-27"));  // 14 (Sat), 24, 25, 26, 27

    // Decided 30 Apr, served 6 May: publication in 7 working days (9 May is worked), payment
    // in 15 days.
    history.push_back(event(CaseCommand::Decide, "2026-04-30"));
    history.push_back(event(CaseCommand::Serve, "2026-05-06"));
    c.status = CaseStatus::Served;
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 2u);
    EXPECT_EQ(running[0].kind, Deadline::Kind::Publication);
    EXPECT_EQ(running[0].due, d("2026-05-13"));  // after the 1-5 May holiday: 6, 7, 8, 9 (Sat), 11, 12, 13
    EXPECT_EQ(running[1].kind, Deadline::Kind::Payment);
    EXPECT_EQ(running[1].due, d("2026-05-21"));

    // Closed but not yet published: publication still runs; published, nothing does.
    c.status = CaseStatus::Closed;
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].kind, Deadline::Kind::Publication);
    history.push_back(event(kPublishAction, "2026-05-12"));
    EXPECT_TRUE(runningDeadlines(c, history, policy, cal).empty());

    // The decision revoked on Friday 25 Sep: the record is withdrawn within 3 working
    // days: 28, 29, 30 Sep (National Day follows).
    history.push_back(event(kDecisionChangedAction, "2026-09-25"));
    running = runningDeadlines(c, history, policy, cal);
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].kind, Deadline::Kind::Withdrawal);
    EXPECT_EQ(running[0].due, d("2026-09-30"));
    history.push_back(event(kWithdrawAction, "2026-09-28"));
    EXPECT_TRUE(runningDeadlines(c, history, policy, cal).empty());
}

TEST(Deadlines, TimeAtTheNoticeInAHearingOrSuspendedDoesNotCountTowardsTheDecision) {
    const auto cal = calendar();
    const Policy policy;
    CaseRecord c;
    c.status = CaseStatus::Suspended;
    const auto move = [](CaseCommand command, CaseStatus from, CaseStatus to, const char *date) {
        auto e = event(command, date);
        e.from = from;
        e.to = to;
        return e;
    };
    // Filed 2 March: 90 days end on 31 May (a Sunday), so 1 June.
    std::vector<CaseEvent> history{move(CaseCommand::File, CaseStatus::Inspection, CaseStatus::Filed, "2026-03-02"),
                                   move(CaseCommand::Suspend, CaseStatus::Filed, CaseStatus::Suspended, "2026-03-10")};
    // While suspended the period stands still; resumed on 25 March, 15 days are not counted.
    EXPECT_TRUE(runningDeadlines(c, history, policy, cal, d("2026-03-20")).empty());
    history.push_back(move(CaseCommand::Resume, CaseStatus::Suspended, CaseStatus::Filed, "2026-03-25"));
    c.status = CaseStatus::Filed;
    EXPECT_EQ(runningDeadlines(c, history, policy, cal, d("2026-04-30"))[0].due, d("2026-06-15"));
    // At the notice since 1 June: on 5 June four days are not counted so far; 19 June is the
    // Dragon Boat Festival, so 22 June.
    c.status = CaseStatus::Notified;
    auto noticed = history;
    noticed.push_back(move(CaseCommand::Notify, CaseStatus::CaseReview, CaseStatus::Notified, "2026-06-01"));
    EXPECT_EQ(runningDeadlines(c, noticed, policy, cal, d("2026-06-05"))[0].due, d("2026-06-22"));
    // The notice from 1 to 8 June: 7 more days (a proposal in between is no move).
    history.push_back(move(CaseCommand::Notify, CaseStatus::CaseReview, CaseStatus::Notified, "2026-06-01"));
    auto proposal = event("propose", "2026-06-03");
    proposal.from = proposal.to = CaseStatus::Notified;
    history.push_back(proposal);
    history.push_back(move(CaseCommand::SubmitForLegalReview, CaseStatus::Notified, CaseStatus::LegalReview, "2026-06-08"));
    c.status = CaseStatus::LegalReview;
    EXPECT_EQ(runningDeadlines(c, history, policy, cal, d("2026-06-09"))[0].due, d("2026-06-22"));  // 112 days
    // A policy that excludes nothing counts every day.
    Policy strict;
    strict.deadlines.decisionExcludedStages.clear();
    EXPECT_EQ(runningDeadlines(c, history, strict, cal, d("2026-06-09"))[0].due, d("2026-06-01"));
}

TEST(Deadlines, ApprovedExtensionsLengthenFilingAndDecisionAsOftenAsThePolicyLists) {
    const auto cal = calendar();
    const Policy policy;
    CaseRecord c;
    c.createdAtMs = noonOf("2026-03-02");
    std::vector<CaseEvent> history;
    EXPECT_FALSE(extensionRefusal(Deadline::Kind::Filing, c, history, policy));
    history.push_back(event(kExtendFilingAction, "2026-03-10"));
    EXPECT_EQ(runningDeadlines(c, history, policy, cal)[0].due, d("2026-04-01"));  // 30 days
    EXPECT_TRUE(extensionRefusal(Deadline::Kind::Filing, c, history, policy));       // once only
    EXPECT_TRUE(extensionRefusal(Deadline::Kind::Decision, c, history, policy));     // not filed

    c.status = CaseStatus::Investigation;
    history.push_back(event(CaseCommand::File, "2026-03-02"));
    EXPECT_EQ(runningDeadlines(c, history, policy, cal)[0].due, d("2026-06-01"));  // 90 days
    for (const char *expected : {"2026-06-30", "2026-07-30"}) {
        EXPECT_FALSE(extensionRefusal(Deadline::Kind::Decision, c, history, policy));
        history.push_back(event(kExtendDecisionAction, "2026-05-20"));
        EXPECT_EQ(runningDeadlines(c, history, policy, cal)[0].due, d(expected));
    }
    EXPECT_TRUE(extensionRefusal(Deadline::Kind::Decision, c, history, policy));  // [30, 30] used
    EXPECT_TRUE(extensionRefusal(Deadline::Kind::Publication, c, history, policy));
}

TEST(Deadlines, LengthsComeFromThePolicy) {
    Policy policy;
    policy.deadlines.filingDays = 30;
    CaseRecord c;
    c.createdAtMs = noonOf("2027-03-01");  // a year the calendar does not list: weekdays only
    const auto running = runningDeadlines(c, {}, policy, WorkCalendar::parse(""));
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].due, d("2027-03-31"));
}

}  // namespace
}  // namespace fc::domain
