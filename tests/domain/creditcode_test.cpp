#include <gtest/gtest.h>

#include "domain/creditcode.h"

using fc::domain::creditCodeCheckCharacter;
using fc::domain::creditCodeDivision;
using fc::domain::creditCodeError;
using fc::domain::isValidCreditCode;

namespace {

// Codes published by the enterprises themselves (business licences, annual reports).
const char *const kPublishedCodes[] = {
    "91440300708461136T",  // Shenzhen
    "914403001922038216",  // Shenzhen
    "91110108551385082Q",  // Beijing Haidian
    "91440300192317458F",  // Shenzhen
    "91330100716105852F",  // Hangzhou
    "91310000717854505W",  // Shanghai
};

}  // namespace

TEST(CreditCode, PublishedCodesAreAccepted) {
    for (const char *code : kPublishedCodes) {
        EXPECT_FALSE(creditCodeError(code).has_value()) << code << ": " << *creditCodeError(code);
    }
}

TEST(CreditCode, CheckCharacterIsComputedFromTheFirstSeventeen) {
    EXPECT_EQ(creditCodeCheckCharacter("91440300708461136"), 'T');
    EXPECT_EQ(creditCodeCheckCharacter("91140405064230171"), '9');
}

TEST(CreditCode, AnySingleChangedCharacterIsRejected) {
    const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (const char *published : kPublishedCodes) {
        const std::string code = published;
        for (std::size_t pos = 0; pos < code.size(); ++pos) {
            for (char replacement : alphabet) {
                if (replacement == code[pos]) continue;
                std::string changed = code;
                changed[pos] = replacement;
                EXPECT_FALSE(isValidCreditCode(changed)) << changed << " (from " << code << ")";
            }
        }
    }
}

TEST(CreditCode, WrongLengthAndForeignCharactersAreNamed) {
    EXPECT_NE(creditCodeError("9144030070846113").value().find("18 characters"), std::string::npos);
    // I, O, S, V and Z are not in the GB 32100 alphabet.
    EXPECT_NE(creditCodeError("91440300708461136I").value().find("character 18"), std::string::npos);
    EXPECT_NE(creditCodeError("9144030070846113oT").value().find("not allowed"), std::string::npos);
}

TEST(CreditCode, BadCheckCharacterNamesTheExpectedOne) {
    const auto error = creditCodeError("91440300708461136U");
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->find("expected 'T'"), std::string::npos) << *error;
}

TEST(CreditCode, DivisionIsCharactersThreeToEight) {
    EXPECT_EQ(creditCodeDivision("911404050642301719"), "140405");
}
