#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/casestatus.h"
#include "domain/noisepolicy.h"
#include "domain/workcalendar.h"

namespace fc::domain {

// The bureau's local policy (RULES.md, items marked [U] and the local choices within the
// [V] ranges): one file an administrator edits, read and validated at start. Every
// default below is the value the shipped file (assets/policy/policy.toml) states with its
// source; a test keeps the two equal.

// Periods of the procedure (RULES.md section 3 and 4). Calendar days unless named
// working days; Administrative Penalty Law art. 85 counts its 2-, 3-, 5- and 7-day
// periods in working days.
struct DeadlinePolicy {
    int filingDays = 15;                          // from discovery [U]
    int filingExtensionDays = 15;                 // with approval [U]
    int decisionDays = 90;                        // from filing [V]
    std::vector<int> decisionExtensionDays{30, 30};  // each with approval [U]
    // Stages whose time does not count towards the decision period: the notice (the
    // party's statement and hearing request), the hearing, suspension [U]. Testing has no
    // stage of its own yet.
    std::vector<CaseStatus> decisionExcludedStages{CaseStatus::Notified, CaseStatus::Hearing, CaseStatus::Suspended};
    int hearingRequestWorkingDays = 5;            // from the notice [V]
    int hearingNoticeWorkingDays = 7;             // before the hearing [V]
    int paymentDays = 15;                         // from service [V]
    int legalReviewWorkingDays = 5;               // [U]
    int legalReviewComplexExtraWorkingDays = 3;   // [U]
    int publicationPenaltyWorkingDays = 7;        // from the decision [V]
    int publicationOtherWorkingDays = 20;         // [V]
    int withdrawalWorkingDays = 3;                // [V]
    int soonDueDays = 7;                          // supervisors' "due soon" list (local)
};

struct HearingPolicy {
    std::int64_t organisationFineYuan = 200000;  // above this: hearing rights [V]
    std::int64_t citizenFineYuan = 10000;        // [U]
    // Measures that always carry hearing rights [V].
    std::vector<std::string> measures{"责令停产整治", "责令停产停业", "责令关闭", "暂扣许可证件",
                                      "吊销许可证件", "降低资质等级"};
};

// What makes a decision major (重大执法决定): it needs an approved legal review first.
struct MajorDecisionPolicy {
    std::int64_t fineAboveYuan = 200000;  // [U]
    std::vector<std::string> measures{"责令停产整治", "责令停产停业", "责令关闭", "查封扣押",
                                      "吊销许可证件"};
    bool afterHearing = true;         // [V]
    bool criminalReferral = true;     // [V]
};

struct PublicationPolicy {
    int generalMonths = 12;  // time in public view, general violations: 3-12 [V]
    int seriousMonths = 36;  // serious violations: 12-36 [V]
    std::string agency = "长治市生态环境局屯留分局";  // the enforcing body named in public records [local]
};

struct CreditPolicy {
    int startPoints = 100;  // [V]
    int aMinPoints = 90;    // A green at or above [U]
    int bMinPoints = 75;    // B blue [U]
    int cMinPoints = 60;    // C yellow; below: D black [U]
    // Points deducted per decided violation, by type [U].
    std::map<std::string, int> deductions{{"超标排放", 10},   {"未按规定监测", 5},
                                          {"未按规定公开信息", 3}, {"拒绝或阻挠检查", 15},
                                          {"其他违法行为", 5}};
    // Violations that rate D at once [U, from the 2013 national scheme's red triggers].
    std::vector<std::string> directToD{"环境犯罪", "未批先建", "暗管偷排", "非法处置危险废物",
                                       "超总量排放"};
    int blacklistMonths = 12;            // on the blacklist from listing [U]
    int repairWaitMonths = 3;            // no new violation for this long first [V]
    int repairVerifyWorkingDays = 10;    // the bureau's verification [V]
};

struct Policy {
    DeadlinePolicy deadlines;
    HearingPolicy hearing;
    MajorDecisionPolicy major;
    PublicationPolicy publication;
    CreditPolicy credit;
    NoisePolicy noise;
    // The holiday calendar's file, relative to the policy file; empty: weekdays only.
    std::string holidaysFile;
};

// Reads a policy file (a small TOML subset: [sections], key = value, # comments; values are
// whole numbers, true/false, "strings" and [lists]). Keys left out keep their defaults; an
// unknown section or key, a wrong type, a value out of its range or a key given twice
// throws DataFileError with the line and the field ("deadlines.filing_days").
Policy parsePolicy(std::string_view text);

}  // namespace fc::domain
