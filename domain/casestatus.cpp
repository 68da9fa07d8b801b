#include "domain/casestatus.h"

#include "domain/enumnames.h"

namespace fc::domain {
namespace {
constexpr EnumNameTable<CaseStatus, 14> kNames = {{
    {CaseStatus::Inspection, "inspection"},
    {CaseStatus::Filed, "filed"},
    {CaseStatus::Investigation, "investigation"},
    {CaseStatus::CaseReview, "case_review"},
    {CaseStatus::Notified, "notified"},
    {CaseStatus::Hearing, "hearing"},
    {CaseStatus::LegalReview, "legal_review"},
    {CaseStatus::CollectiveDiscussion, "collective_discussion"},
    {CaseStatus::Decided, "decided"},
    {CaseStatus::Served, "served"},
    {CaseStatus::Enforcement, "enforcement"},
    {CaseStatus::Closed, "closed"},
    {CaseStatus::Suspended, "suspended"},
    {CaseStatus::Terminated, "terminated"},
}};
}  // namespace

std::string_view caseStatusName(CaseStatus status) { return enumName(kNames, status); }
std::optional<CaseStatus> caseStatusFromName(std::string_view name) {
    return enumFromName(kNames, name);
}

}  // namespace fc::domain
