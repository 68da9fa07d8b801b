#include "domain/creditcode.h"

#include <array>

namespace fc::domain {
namespace {

// GB 32100-2015 clause 4.2: the 31-character alphabet (no I, O, Z, S, V) and its weights.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
// GB 11714-1997 clause 5: weights of the organisation code's first eight characters.
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

int alphabetValue(char c) {
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

int organizationValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return -1;
}

}  // namespace

char creditCodeCheckCharacter(std::string_view first17) {
    if (first17.size() < 17) return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        const int v = alphabetValue(first17[i]);
        if (v < 0) return '\0';
        sum += v * kWeights[i];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

char organizationCodeCheckCharacter(std::string_view first8) {
    if (first8.size() < 8) return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const int v = organizationValue(first8[i]);
        if (v < 0) return '\0';
        sum += v * kOrgWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10) return 'X';
    if (check == 11) return '0';
    return static_cast<char>('0' + check);
}

std::optional<std::string> creditCodeError(std::string_view code) {
    if (code.size() != 18) {
        return "a credit code has 18 characters, this one has " + std::to_string(code.size());
    }
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (alphabetValue(code[i]) < 0) {
            return "character " + std::to_string(i + 1) + " ('" + std::string(1, code[i]) +
                   "') is not allowed in a credit code";
        }
    }
    for (std::size_t i = 2; i < 8; ++i) {
        if (code[i] < '0' || code[i] > '9') {
            return "characters 3-8 (the administrative division) must be digits";
        }
    }
    const char check = creditCodeCheckCharacter(code.substr(0, 17));
    if (check != code[17]) {
        return "check character is '" + std::string(1, code[17]) + "', expected '" +
               std::string(1, check) + "'";
    }
    const char orgCheck = organizationCodeCheckCharacter(code.substr(8, 8));
    if (orgCheck != code[16]) {
        return "organisation code check character (position 17) is '" +
               std::string(1, code[16]) + "', expected '" + std::string(1, orgCheck) + "'";
    }
    return std::nullopt;
}

}  // namespace fc::domain
