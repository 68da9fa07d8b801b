#pragma once

#include <optional>
#include <string_view>

namespace fc::domain {

// The roles of GUIDE.md "Who uses it"; every server call is authorised against one.
enum class Role { Inspector, Supervisor, LegalReviewer, Admin };

std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

}  // namespace fc::domain
