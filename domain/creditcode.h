#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fc::domain {

// Validation of the unified social credit code (统一社会信用代码, GB 32100-2015).
// Returns std::nullopt for a valid code, otherwise an English message naming the fault.
std::optional<std::string> creditCodeError(std::string_view code);

inline bool isValidCreditCode(std::string_view code) { return !creditCodeError(code).has_value(); }

// The check character (position 18) for the first 17 characters; '\0' if they contain a
// character outside the GB 32100 alphabet.
char creditCodeCheckCharacter(std::string_view first17);

// The check character (position 17) of the embedded organisation code (GB 11714) for
// characters 9-16; '\0' if they are not digits or capital letters.
char organizationCodeCheckCharacter(std::string_view first8);

// The administrative division (characters 3-8), e.g. "140405" for Tunliu district.
inline std::string_view creditCodeDivision(std::string_view code) {
    return code.size() >= 8 ? code.substr(2, 6) : std::string_view{};
}

}  // namespace fc::domain
