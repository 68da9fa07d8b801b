#include "domain/caseedit.h"

#include "domain/date.h"
#include "domain/enumnames.h"

namespace fc::domain {
namespace {

constexpr EnumNameTable<CaseField, 3> kFields{{
    {CaseField::Title, "title"},
    {CaseField::Description, "description"},
    {CaseField::DueDate, "due_date"},
}};

constexpr std::size_t kMaxTitleBytes = 400;
constexpr std::size_t kMaxDescriptionBytes = 20000;

}  // namespace

std::string_view caseFieldName(CaseField field) { return enumName(kFields, field); }
std::optional<CaseField> caseFieldFromName(std::string_view name) { return enumFromName(kFields, name); }

std::string caseFieldValue(const CaseRecord &record, CaseField field) {
    switch (field) {
    case CaseField::Title: return record.title;
    case CaseField::Description: return record.description;
    case CaseField::DueDate: return record.dueDate;
    }
    return {};
}

void setCaseField(CaseRecord &record, CaseField field, const std::string &value) {
    switch (field) {
    case CaseField::Title: record.title = value; break;
    case CaseField::Description: record.description = value; break;
    case CaseField::DueDate: record.dueDate = value; break;
    }
}

std::string caseFieldProblem(CaseField field, const std::string &value) {
    switch (field) {
    case CaseField::Title:
        if (value.empty()) return "the title is empty";
        if (value.size() > kMaxTitleBytes) return "the title is too long";
        return {};
    case CaseField::Description:
        if (value.size() > kMaxDescriptionBytes) return "the description is too long";
        return {};
    case CaseField::DueDate:
        if (!parseIsoDate(value)) return "the due date is not a date (YYYY-MM-DD)";
        return {};
    }
    return "unknown field";
}

}  // namespace fc::domain
