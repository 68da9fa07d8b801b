#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fc::domain {

// Personal data removed from a public record before it is published (RULES.md section 4:
// ID numbers, phone numbers, home addresses, bank accounts, natural persons' names). The
// unredacted text stays in the case; only the redacted one is ever published.
//
// Found by shape: 18- and 15-digit resident ID numbers (with a plausible birth date),
// mobile numbers (+86 optional), landlines with an area code, and 7-8 digit numbers after
// a phone label; bank accounts of 16-22 digits (12-15 after an account label), runs of
// digits split by spaces or hyphens included (a group that is personal by itself, such as
// a phone after a date, is taken alone); whatever follows an address label (住址,
// 家庭住址, 户籍地, 居住地, 家住) up to the next punctuation. Found by value: the
// natural persons the case names, each shown as surname + 某. Full-width digits count.
struct RedactionRules {
    std::vector<std::string> personalNames;  // natural persons named in the text
    std::vector<std::string> keep;           // public values of the same shape (the party's code)
};

struct Redacted {
    std::string text;
    int idNumbers = 0;
    int phoneNumbers = 0;
    int bankAccounts = 0;
    int addresses = 0;
    int names = 0;
};

Redacted redact(std::string_view text, const RedactionRules &rules);

// 张三 -> 张某, 欧阳娜娜 -> 欧某某某: the first character, then 某 for each other one.
std::string maskedName(std::string_view name);

// Characters (UTF-8 code points) in the text.
std::size_t codePointCount(std::string_view text);

// The markers that stand where personal data was.
inline constexpr std::string_view kRedactedId = "〔身份证号已隐去〕";
inline constexpr std::string_view kRedactedPhone = "〔电话号码已隐去〕";
inline constexpr std::string_view kRedactedAccount = "〔银行账号已隐去〕";
inline constexpr std::string_view kRedactedAddress = "〔住址已隐去〕";

}  // namespace fc::domain
