#pragma once

#include <optional>
#include <string_view>

namespace fc::domain {

// The procedural stages of a case (RULES.md section 3), in their legal order, plus the two
// ways an investigation leaves the ordinary path.
enum class CaseStatus {
    Inspection,            // discovery / on-site inspection
    Filed,                 // 立案
    Investigation,         // 调查取证
    CaseReview,            // 案件审查
    Notified,              // 告知
    Hearing,               // 陈述申辩 / 听证
    LegalReview,           // 法制审核
    CollectiveDiscussion,  // 集体讨论
    Decided,               // 决定
    Served,                // 送达
    Enforcement,           // 执行
    Closed,                // 结案 / 归档
    Suspended,             // 中止
    Terminated,            // 终止
};

std::string_view caseStatusName(CaseStatus status);
std::optional<CaseStatus> caseStatusFromName(std::string_view name);

}  // namespace fc::domain
