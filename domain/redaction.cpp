#include "domain/redaction.h"

#include <algorithm>
#include <array>

#include "domain/creditcode.h"

namespace fc::domain {
namespace {

constexpr std::array<std::string_view, 5> kAddressLabels = {"家庭住址", "户籍地", "居住地", "住址", "家住"};
constexpr std::array<std::string_view, 6> kAddressLeads = {"：", ":", "为", "在", "是", " "};
constexpr std::array<std::string_view, 11> kAddressEnds = {"，", "。", "；", "、", ";", ",", "\n", "）", ")", "！", "？"};
constexpr std::array<std::string_view, 6> kPhoneLabels = {"电话", "手机", "联系方式", "Tel", "TEL", "tel"};
constexpr std::array<std::string_view, 4> kAccountLabels = {"账号", "账户", "帐号", "卡号"};

std::size_t codePointLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;  // not UTF-8: one byte at a time
}

bool startsWith(std::string_view text, std::size_t at, std::string_view prefix) {
    return text.substr(at, prefix.size()) == prefix;
}

// A digit at `at`, ASCII or full-width (U+FF10..U+FF19): its value and byte length.
bool digitAt(std::string_view text, std::size_t at, char &digit, std::size_t &length) {
    if (at >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= '0' && c <= '9') {
        digit = static_cast<char>(c);
        length = 1;
        return true;
    }
    if (c == 0xEF && at + 2 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0xBC) {
        const auto d = static_cast<unsigned char>(text[at + 2]);
        if (d >= 0x90 && d <= 0x99) {
            digit = static_cast<char>('0' + (d - 0x90));
            length = 3;
            return true;
        }
    }
    return false;
}

// A run of digits, possibly in groups split by one space or hyphen, an ID's final X kept.
struct NumberToken {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::string> groups;  // ASCII digits
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // each group's bytes
    std::string joined() const {
        std::string out;
        for (const auto &g : groups) out += g;
        return out;
    }
};

NumberToken readNumber(std::string_view text, std::size_t at) {
    NumberToken token;
    token.begin = at;
    std::size_t i = at;
    if (startsWith(text, i, "+86")) {
        i += 3;
        if (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
    }
    for (;;) {
        std::string group;
        const std::size_t groupBegin = i;
        char digit;
        std::size_t length;
        while (digitAt(text, i, digit, length)) {
            group.push_back(digit);
            i += length;
        }
        if (i < text.size() && (text[i] == 'X' || text[i] == 'x') && token.joined().size() + group.size() == 17) {
            group.push_back('X');
            ++i;
        }
        token.groups.push_back(group);
        token.spans.emplace_back(groupBegin, i);
        if (i + 1 < text.size() && (text[i] == ' ' || text[i] == '-') && digitAt(text, i + 1, digit, length)) {
            ++i;
            continue;
        }
        break;
    }
    token.end = i;
    return token;
}

bool plausibleBirthDate(std::string_view yyyymmdd) {
    const int year = std::stoi(std::string(yyyymmdd.substr(0, 4)));
    const int month = std::stoi(std::string(yyyymmdd.substr(4, 2)));
    const int day = std::stoi(std::string(yyyymmdd.substr(6, 2)));
    return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A label in the few characters before `at`.
template <std::size_t N>
bool labelBefore(std::string_view text, std::size_t at, const std::array<std::string_view, N> &labels) {
    const std::size_t from = at > 18 ? at - 18 : 0;
    const auto window = text.substr(from, at - from);
    return std::any_of(labels.begin(), labels.end(),
                       [&](std::string_view label) { return window.find(label) != std::string_view::npos; });
}

enum class Kind { None, Id, Phone, Account };

Kind classify(std::string_view digits, bool phoneLabel, bool accountLabel) {
    const auto n = digits.size();
    if (n == 18 && allDigits(digits.substr(0, 17)) && plausibleBirthDate(digits.substr(6, 8))) return Kind::Id;
    if (!allDigits(digits)) return Kind::None;
    if (n == 15 && plausibleBirthDate("19" + std::string(digits.substr(6, 6)))) return Kind::Id;
    const auto mobile = [](std::string_view d) { return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'; };
    if (mobile(digits) || (n == 13 && digits.substr(0, 2) == "86" && mobile(digits.substr(2)))) return Kind::Phone;
    if (digits[0] == '0' && n >= 10 && n <= 12) return Kind::Phone;
    if (n >= 7 && n <= 8 && phoneLabel) return Kind::Phone;
    if (n >= 16 && n <= 22) return Kind::Account;
    if (n >= 12 && n <= 15 && accountLabel) return Kind::Account;
    return Kind::None;
}

class Redaction {
public:
    Redaction(std::string_view text, const RedactionRules &rules) : text_(text), rules_(rules) {
        for (const auto &name : rules.personalNames) {
            if (!name.empty()) names_.push_back(name);
        }
        // The longest first, so that 王小明 is found before 王小.
        std::sort(names_.begin(), names_.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    }

    Redacted run() {
        std::size_t i = 0;
        while (i < text_.size()) {
            if (name(i) || address(i) || number(i)) continue;
            const auto length = std::min(codePointLength(static_cast<unsigned char>(text_[i])), text_.size() - i);
            out_.text.append(text_.substr(i, length));
            i += length;
        }
        return std::move(out_);
    }

private:
    bool name(std::size_t &i) {
        for (const auto &n : names_) {
            if (startsWith(text_, i, n)) {
                out_.text += maskedName(n);
                ++out_.names;
                i += n.size();
                return true;
            }
        }
        return false;
    }

    bool address(std::size_t &i) {
        for (const auto label : kAddressLabels) {
            if (!startsWith(text_, i, label)) continue;
            std::size_t at = i + label.size();
            for (const auto lead : kAddressLeads) {
                if (startsWith(text_, at, lead)) {
                    at += lead.size();
                    break;
                }
            }
            std::size_t end = text_.size();
            for (const auto stop : kAddressEnds) end = std::min(end, text_.find(stop, at));
            out_.text.append(text_.substr(i, at - i));
            if (end > at) {
                out_.text += kRedactedAddress;
                ++out_.addresses;
            }
            i = end;
            return true;
        }
        return false;
    }

    bool number(std::size_t &i) {
        char digit;
        std::size_t length;
        const bool plus86 = startsWith(text_, i, "+86") &&
                            (digitAt(text_, i + 3, digit, length) ||
                             (i + 4 < text_.size() && (text_[i + 3] == ' ' || text_[i + 3] == '-') &&
                              digitAt(text_, i + 4, digit, length)));
        if (!plus86 && !digitAt(text_, i, digit, length)) return false;
        const auto token = readNumber(text_, i);
        const auto raw = text_.substr(token.begin, token.end - token.begin);
        const auto joined = token.joined();
        const bool phoneLabel = labelBefore(text_, token.begin, kPhoneLabels);
        const bool accountLabel = labelBefore(text_, token.begin, kAccountLabels);
        const auto kept = [&](std::string_view value) {
            return std::find(rules_.keep.begin(), rules_.keep.end(), value) != rules_.keep.end();
        };
        i = token.end;
        if (kept(raw) || kept(joined)) {
            out_.text.append(raw);
            return true;
        }
        // A group that is personal data by itself is redacted alone ("2026-03-12 13800001111"
        // keeps its date); otherwise the groups are one number ("6222 0200 1234 5678").
        std::vector<Kind> kinds;
        for (const auto &g : token.groups) kinds.push_back(classify(g, phoneLabel, accountLabel));
        const bool byGroup = token.groups.size() > 1 &&
                             std::any_of(kinds.begin(), kinds.end(), [](Kind k) { return k != Kind::None; });
        if (byGroup) {
            std::size_t at = token.begin;
            for (std::size_t g = 0; g < token.groups.size(); ++g) {
                const auto [begin, end] = token.spans[g];
                out_.text.append(text_.substr(at, begin - at));
                emit(kinds[g], text_.substr(begin, end - begin));
                at = end;
            }
            return true;
        }
        auto kind = classify(joined, phoneLabel, accountLabel);
        // An 18-character credit code is public, whatever it looks like; an ID number is
        // redacted even when it happens to pass the credit code's check.
        if (kind == Kind::Account && joined.size() == 18 && isValidCreditCode(joined)) kind = Kind::None;
        emit(kind, raw);
        return true;
    }

    void emit(Kind kind, std::string_view raw) {
        switch (kind) {
        case Kind::None: out_.text.append(raw); break;
        case Kind::Id: out_.text += kRedactedId; ++out_.idNumbers; break;
        case Kind::Phone: out_.text += kRedactedPhone; ++out_.phoneNumbers; break;
        case Kind::Account: out_.text += kRedactedAccount; ++out_.bankAccounts; break;
        }
    }

    std::string_view text_;
    const RedactionRules &rules_;
    std::vector<std::string> names_;
    Redacted out_;
};

}  // namespace

Redacted redact(std::string_view text, const RedactionRules &rules) { return Redaction(text, rules).run(); }

std::size_t codePointCount(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); i += codePointLength(static_cast<unsigned char>(text[i]))) ++n;
    return n;
}

std::string maskedName(std::string_view name) {
    if (name.empty()) return {};
    const auto first = std::min(codePointLength(static_cast<unsigned char>(name[0])), name.size());
    std::string out(name.substr(0, first));
    for (std::size_t i = first; i < name.size(); i += codePointLength(static_cast<unsigned char>(name[i]))) {
        out += "某";
    }
    return out;
}

}  // namespace fc::domain
