// The local policy file: the shipped one states exactly the built-in defaults, and a wrong
// setting is refused with its line and its name.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/policy.h"

namespace fc::domain {
namespace {

std::string shippedText() {
    std::ifstream in(FIELDCASE_POLICY_DIR "/policy.toml");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The line and field of the error a policy text raises; {-1, ""} when it parses.
std::pair<int, std::string> errorOf(const std::string &text) {
    try {
        parsePolicy(text);
    } catch (const DataFileError &e) {
        return {e.line(), e.field()};
    }
    return {-1, {}};
}

TEST(Policy, TheShippedFileStatesTheBuiltInDefaults) {
    const auto text = shippedText();
    ASSERT_FALSE(text.empty());
    const Policy file = parsePolicy(text);
    const Policy defaults;
    EXPECT_EQ(file.deadlines.filingDays, defaults.deadlines.filingDays);
    EXPECT_EQ(file.deadlines.filingExtensionDays, defaults.deadlines.filingExtensionDays);
    EXPECT_EQ(file.deadlines.decisionDays, defaults.deadlines.decisionDays);
    EXPECT_EQ(file.deadlines.decisionExtensionDays, defaults.deadlines.decisionExtensionDays);
    EXPECT_EQ(file.deadlines.hearingRequestWorkingDays, defaults.deadlines.hearingRequestWorkingDays);
    EXPECT_EQ(file.deadlines.hearingNoticeWorkingDays, defaults.deadlines.hearingNoticeWorkingDays);
    EXPECT_EQ(file.deadlines.decisionExcludedStages, defaults.deadlines.decisionExcludedStages);
    EXPECT_EQ(file.deadlines.paymentDays, defaults.deadlines.paymentDays);
    EXPECT_EQ(file.deadlines.legalReviewWorkingDays, defaults.deadlines.legalReviewWorkingDays);
    EXPECT_EQ(file.deadlines.legalReviewComplexExtraWorkingDays,
              defaults.deadlines.legalReviewComplexExtraWorkingDays);
    EXPECT_EQ(file.deadlines.publicationPenaltyWorkingDays, defaults.deadlines.publicationPenaltyWorkingDays);
    EXPECT_EQ(file.deadlines.publicationOtherWorkingDays, defaults.deadlines.publicationOtherWorkingDays);
    EXPECT_EQ(file.deadlines.withdrawalWorkingDays, defaults.deadlines.withdrawalWorkingDays);
    EXPECT_EQ(file.deadlines.soonDueDays, defaults.deadlines.soonDueDays);
    EXPECT_EQ(file.hearing.organisationFineYuan, defaults.hearing.organisationFineYuan);
    EXPECT_EQ(file.hearing.citizenFineYuan, defaults.hearing.citizenFineYuan);
    EXPECT_EQ(file.hearing.measures, defaults.hearing.measures);
    EXPECT_EQ(file.major.fineAboveYuan, defaults.major.fineAboveYuan);
    EXPECT_EQ(file.major.measures, defaults.major.measures);
    EXPECT_EQ(file.major.afterHearing, defaults.major.afterHearing);
    EXPECT_EQ(file.major.criminalReferral, defaults.major.criminalReferral);
    EXPECT_EQ(file.publication.generalMonths, defaults.publication.generalMonths);
    EXPECT_EQ(file.publication.seriousMonths, defaults.publication.seriousMonths);
    EXPECT_EQ(file.publication.agency, defaults.publication.agency);
    EXPECT_EQ(file.credit.startPoints, defaults.credit.startPoints);
    EXPECT_EQ(file.credit.aMinPoints, defaults.credit.aMinPoints);
    EXPECT_EQ(file.credit.bMinPoints, defaults.credit.bMinPoints);
    EXPECT_EQ(file.credit.cMinPoints, defaults.credit.cMinPoints);
    EXPECT_EQ(file.credit.deductions, defaults.credit.deductions);
    EXPECT_EQ(file.credit.directToD, defaults.credit.directToD);
    EXPECT_EQ(file.credit.blacklistMonths, defaults.credit.blacklistMonths);
    EXPECT_EQ(file.credit.repairWaitMonths, defaults.credit.repairWaitMonths);
    EXPECT_EQ(file.credit.repairVerifyWorkingDays, defaults.credit.repairVerifyWorkingDays);
    EXPECT_EQ(file.noise.dayStart, defaults.noise.dayStart);
    EXPECT_EQ(file.noise.nightStart, defaults.noise.nightStart);
    EXPECT_EQ(file.noise.frequentLmaxAllowanceDb, defaults.noise.frequentLmaxAllowanceDb);
    EXPECT_EQ(file.noise.sporadicLmaxAllowanceDb, defaults.noise.sporadicLmaxAllowanceDb);
    EXPECT_EQ(file.holidaysFile, "holidays-cn.txt");
}

TEST(Policy, AnEmptyFileKeepsEveryDefault) {
    const Policy p = parsePolicy("# nothing changed\n\n");
    EXPECT_EQ(p.deadlines.decisionDays, 90);
    EXPECT_EQ(p.credit.deductions, Policy().credit.deductions);
    EXPECT_TRUE(p.holidaysFile.empty());
}

TEST(Policy, ChangedValuesAreRead) {
    const Policy p = parsePolicy(
        "[deadlines]\n"
        "decision_days = 60   # shorter locally\n"
        "decision_extension_days = [30]\n"
        "[major_decisions]\n"
        "measures = [\"查封扣押\", \"责令关闭 # not a comment\"]\n"
        "after_hearing = false\n"
        "[credit.deductions]\n"
        "\"超标排放\" = 20\n"
        "[noise]\n"
        "night_starts = \"23:00\"\n");
    EXPECT_EQ(p.deadlines.decisionDays, 60);
    EXPECT_EQ(p.deadlines.decisionExtensionDays, std::vector<int>{30});
    EXPECT_EQ(p.major.measures, (std::vector<std::string>{"查封扣押", "责令关闭 # not a comment"}));
    EXPECT_FALSE(p.major.afterHearing);
    EXPECT_EQ(p.credit.deductions, (std::map<std::string, int>{{"超标排放", 20}}));
    EXPECT_EQ(p.noise.nightStart, std::chrono::minutes(23 * 60));
}

TEST(Policy, AWrongSettingIsNamedWithItsLine) {
    using E = std::pair<int, std::string>;
    EXPECT_EQ(errorOf("[deadlines]\n\nfiling_days = abc\n"), E(3, "deadlines.filing_days"));
    EXPECT_EQ(errorOf("[deadlines]\nfiling_days = 0\n"), E(2, "deadlines.filing_days"));
    EXPECT_EQ(errorOf("[deadlines]\nfilling_days = 15\n"), E(2, "deadlines.filling_days"));  // typo
    EXPECT_EQ(errorOf("[deadline]\nfiling_days = 15\n"), E(2, "deadline.filing_days"));
    EXPECT_EQ(errorOf("[deadlines]\nfiling_days = 15\nfiling_days = 16\n"), E(3, "deadlines.filing_days"));
    EXPECT_EQ(errorOf("[publication]\ngeneral_months = 13\n"), E(2, "publication.general_months"));
    EXPECT_EQ(errorOf("[major_decisions]\nafter_hearing = yes\n"), E(2, "major_decisions.after_hearing"));
    EXPECT_EQ(errorOf("[major_decisions]\nmeasures = [\"查封扣押\", 3]\n"), E(2, "major_decisions.measures"));
    EXPECT_EQ(errorOf("[major_decisions]\nmeasures = [\"查封扣押\"\n"), E(2, "major_decisions.measures"));
    EXPECT_EQ(errorOf("[noise]\nday_starts = \"25:00\"\n"), E(2, "noise.day_starts"));
    EXPECT_EQ(errorOf("[noise]\nday_starts = \"22:00\"\n"), E(2, "noise"));  // equals night
    EXPECT_EQ(errorOf("[credit]\nb_min_points = 95\n"), E(2, "credit"));       // above A
    EXPECT_EQ(errorOf("[credit.deductions]\n\"超标排放\" = 0\n"), E(2, "credit.deductions.超标排放"));
    EXPECT_EQ(errorOf("[calendar]\nholidays = \"unclosed\n"), E(2, "calendar.holidays"));
    EXPECT_EQ(errorOf("[deadlines]\ndecision_excluded_stages = [\"notified\", \"testing\"]\n"),
              E(2, "deadlines.decision_excluded_stages"));
    EXPECT_EQ(errorOf("[publication]\nagency = \"\"\n"), E(2, "publication.agency"));
    EXPECT_EQ(errorOf("[hearing\n"), E(1, ""));
    EXPECT_EQ(errorOf("just words\n"), E(1, "just"));
}

}  // namespace
}  // namespace fc::domain
