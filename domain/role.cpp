#include "domain/role.h"

#include "domain/enumnames.h"

namespace fc::domain {
namespace {
constexpr EnumNameTable<Role, 4> kNames = {{
    {Role::Inspector, "inspector"},
    {Role::Supervisor, "supervisor"},
    {Role::LegalReviewer, "legal_reviewer"},
    {Role::Admin, "admin"},
}};
}  // namespace

std::string_view roleName(Role role) { return enumName(kNames, role); }
std::optional<Role> roleFromName(std::string_view name) { return enumFromName(kNames, name); }

}  // namespace fc::domain
