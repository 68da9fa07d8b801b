#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/caserecord.h"

namespace fc::domain {

// The fields of a case that can be edited after creation, from a device or a desk.
// Inspectors assigned to the case may edit the description; supervisors all three.
enum class CaseField { Title, Description, DueDate };

std::string_view caseFieldName(CaseField field);
std::optional<CaseField> caseFieldFromName(std::string_view name);

// The field's value as text (the due date as an ISO date).
std::string caseFieldValue(const CaseRecord &record, CaseField field);
void setCaseField(CaseRecord &record, CaseField field, const std::string &value);
// Why the value cannot be stored in the field, or empty.
std::string caseFieldProblem(CaseField field, const std::string &value);

// A compare-and-set edit that found the case changed since the device saw it (its base
// version is behind) and a different value there: both values are kept until a
// supervisor chooses.
struct CaseConflict {
    std::string id;  // UUID made by the server
    std::string caseId;
    CaseField field = CaseField::Description;
    std::int64_t baseVersion = 0;    // the version the edit was made against
    std::string serverValue;         // the field when the edit arrived
    std::string proposedValue;       // the edit's value
    std::string proposedBy;          // user id
    std::string proposedByName;
    std::string deviceId;
    std::int64_t createdAtMs = 0;
    std::optional<std::string> resolvedValue;  // set once a supervisor has chosen
    std::string resolvedBy;
    std::int64_t resolvedAtMs = 0;
};

}  // namespace fc::domain
