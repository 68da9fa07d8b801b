#include "domain/policy.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <optional>
#include <variant>

namespace fc::domain {
namespace {

// A value as written: a whole number, true/false, a string, or a list of those.
struct Value;
using Scalar = std::variant<std::int64_t, bool, std::string>;
struct Value {
    std::variant<std::int64_t, bool, std::string, std::vector<Scalar>> v;
};

struct Entry {
    int line = 0;
    Value value;
};

bool isBareKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

class Reader {
public:
    Reader(std::string_view text, int line) : text_(text), line_(line) {}

    // A "string" at the front; moves past it.
    std::string quoted(const std::string &field) {
        if (text_.empty() || text_.front() != '"') fail(field, "expected a \"quoted\" text");
        std::string out;
        for (std::size_t i = 1; i < text_.size(); ++i) {
            const char c = text_[i];
            if (c == '"') {
                text_ = text_.substr(i + 1);
                return out;
            }
            if (c == '\\') {
                if (++i == text_.size() || (text_[i] != '"' && text_[i] != '\\')) {
                    fail(field, "only \\\" and \\\\ may follow a backslash");
                }
                out.push_back(text_[i]);
            } else {
                out.push_back(c);
            }
        }
        fail(field, "a text is missing its closing quote");
    }

    Scalar scalar(const std::string &field) {
        text_ = trimmed(text_);
        if (!text_.empty() && text_.front() == '"') return quoted(field);
        const auto end = text_.find_first_of(",] \t");
        const auto word = text_.substr(0, end);
        text_ = end == std::string_view::npos ? std::string_view() : text_.substr(end);
        if (word == "true") return true;
        if (word == "false") return false;
        std::int64_t n = 0;
        const auto *first = word.data();
        const auto *last = word.data() + word.size();
        if (!word.empty() && word.front() == '+') ++first;
        const auto [ptr, ec] = std::from_chars(first, last, n);
        if (word.empty() || ec != std::errc() || ptr != last) {
            fail(field, "'" + std::string(word) + "' is not a whole number, true/false, or a \"text\"");
        }
        return n;
    }

    Value value(const std::string &field) {
        text_ = trimmed(text_);
        Value out;
        if (!text_.empty() && text_.front() == '[') {
            text_ = text_.substr(1);
            std::vector<Scalar> items;
            for (;;) {
                text_ = trimmed(text_);
                if (!text_.empty() && text_.front() == ']') break;
                items.push_back(scalar(field));
                text_ = trimmed(text_);
                if (!text_.empty() && text_.front() == ',') {
                    text_ = text_.substr(1);
                    continue;
                }
                if (text_.empty() || text_.front() != ']') fail(field, "a list must close with ] on its line");
            }
            text_ = text_.substr(1);
            out.v = std::move(items);
        } else {
            std::visit([&](auto &&s) { out.v = s; }, scalar(field));
        }
        if (!trimmed(text_).empty()) fail(field, "unexpected '" + std::string(trimmed(text_)) + "' after the value");
        return out;
    }

    [[noreturn]] void fail(const std::string &field, const std::string &message) const {
        throw DataFileError(line_, field, message);
    }

    std::string_view rest() const { return text_; }

private:
    std::string_view text_;
    int line_;
};

// Cuts a trailing comment, minding '#' inside quotes.
std::string_view withoutComment(std::string_view line) {
    bool inQuotes = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && inQuotes) {
            ++i;
        } else if (line[i] == '"') {
            inQuotes = !inQuotes;
        } else if (line[i] == '#' && !inQuotes) {
            return line.substr(0, i);
        }
    }
    return line;
}

// "section.key" -> where and what, in file order of sections.
std::map<std::string, Entry> readEntries(std::string_view text) {
    std::map<std::string, Entry> entries;
    std::string section;
    forEachLine(text, [&](int lineNumber, std::string_view line) {
        line = trimmed(withoutComment(line));
        if (line.empty()) return;
        if (line.front() == '[') {
            if (line.back() != ']') throw DataFileError(lineNumber, {}, "a section header ends with ]");
            section = std::string(trimmed(line.substr(1, line.size() - 2)));
            if (section.empty()) throw DataFileError(lineNumber, {}, "a section needs a name");
            return;
        }
        std::string key;
        std::string_view rest;
        if (line.front() == '"') {  // a quoted key, for names such as "超标排放"
            Reader keyReader(line, lineNumber);
            key = keyReader.quoted(section);
            rest = keyReader.rest();
        } else {
            std::size_t i = 0;
            while (i < line.size() && isBareKeyChar(line[i])) ++i;
            key = std::string(line.substr(0, i));
            rest = trimmed(line.substr(i));
        }
        const std::string field = section.empty() ? key : section + "." + key;
        if (key.empty()) throw DataFileError(lineNumber, {}, "expected key = value");
        rest = trimmed(rest);
        if (rest.empty() || rest.front() != '=') throw DataFileError(lineNumber, field, "expected = after the key");
        Reader valueReader(rest.substr(1), lineNumber);
        Entry entry{lineNumber, valueReader.value(field)};
        if (const auto [it, inserted] = entries.emplace(field, std::move(entry)); !inserted) {
            throw DataFileError(lineNumber, field,
                                "given twice (first on line " + std::to_string(it->second.line) + ")");
        }
    });
    return entries;
}

// Typed access to one entry, with the line and field for errors.
class Field {
public:
    Field(const std::string &name, const Entry &entry) : name_(name), entry_(entry) {}

    std::int64_t number(std::int64_t min, std::int64_t max) const {
        const auto *n = std::get_if<std::int64_t>(&entry_.value.v);
        if (!n) fail("expected a whole number");
        checkRange(*n, min, max);
        return *n;
    }
    int integer(int min, int max) const { return static_cast<int>(number(min, max)); }
    bool flag() const {
        const auto *b = std::get_if<bool>(&entry_.value.v);
        if (!b) fail("expected true or false");
        return *b;
    }
    std::string text() const {
        const auto *s = std::get_if<std::string>(&entry_.value.v);
        if (!s) fail("expected a \"quoted\" text");
        return *s;
    }
    std::vector<CaseStatus> stages() const {
        std::vector<CaseStatus> out;
        for (const auto &name : texts()) {
            const auto stage = caseStatusFromName(name);
            if (!stage) fail("\"" + name + "\" is not a stage of a case (inspection, filed, ..., suspended)");
            out.push_back(*stage);
        }
        return out;
    }
    std::string nonEmptyText() const {
        auto s = text();
        if (s.empty()) fail("expected a non-empty \"quoted\" text");
        return s;
    }
    std::vector<std::string> texts() const {
        const auto *list = std::get_if<std::vector<Scalar>>(&entry_.value.v);
        if (!list) fail("expected a list of \"texts\"");
        std::vector<std::string> out;
        for (const auto &item : *list) {
            const auto *s = std::get_if<std::string>(&item);
            if (!s || s->empty()) fail("expected a list of non-empty \"texts\"");
            out.push_back(*s);
        }
        return out;
    }
    std::vector<int> integers(int min, int max) const {
        const auto *list = std::get_if<std::vector<Scalar>>(&entry_.value.v);
        if (!list) fail("expected a list of whole numbers");
        std::vector<int> out;
        for (const auto &item : *list) {
            const auto *n = std::get_if<std::int64_t>(&item);
            if (!n) fail("expected a list of whole numbers");
            checkRange(*n, min, max);
            out.push_back(static_cast<int>(*n));
        }
        return out;
    }
    // "HH:MM" as minutes after midnight.
    std::chrono::minutes timeOfDay() const {
        const auto t = text();
        const auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
        if (t.size() != 5 || t[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
            fail("expected a time of day \"HH:MM\"");
        }
        const int h = (t[0] - '0') * 10 + (t[1] - '0');
        const int m = (t[3] - '0') * 10 + (t[4] - '0');
        if (h > 23 || m > 59) fail("'" + t + "' is not a time of day");
        return std::chrono::minutes(h * 60 + m);
    }
    // Whole decibels (this subset has no decimals).
    double decibels(double min, double max) const {
        const auto *n = std::get_if<std::int64_t>(&entry_.value.v);
        if (!n) fail("expected whole decibels");
        if (*n < min || *n > max) {
            fail("must be from " + std::to_string(static_cast<int>(min)) + " to " +
                 std::to_string(static_cast<int>(max)));
        }
        return static_cast<double>(*n);
    }

    [[noreturn]] void fail(const std::string &message) const {
        throw DataFileError(entry_.line, name_, message);
    }

private:
    void checkRange(std::int64_t n, std::int64_t min, std::int64_t max) const {
        if (n < min || n > max) {
            fail(std::to_string(n) + " is out of range: " + std::to_string(min) + " to " + std::to_string(max));
        }
    }

    const std::string &name_;
    const Entry &entry_;
};

using Setter = std::function<void(Policy &, const Field &)>;

const std::map<std::string, Setter> &setters() {
    static const std::map<std::string, Setter> table{
        // Periods: a day to two years covers every period the rules name.
        {"deadlines.filing_days", [](Policy &p, const Field &f) { p.deadlines.filingDays = f.integer(1, 730); }},
        {"deadlines.filing_extension_days", [](Policy &p, const Field &f) { p.deadlines.filingExtensionDays = f.integer(0, 730); }},
        {"deadlines.decision_days", [](Policy &p, const Field &f) { p.deadlines.decisionDays = f.integer(1, 730); }},
        {"deadlines.decision_extension_days", [](Policy &p, const Field &f) { p.deadlines.decisionExtensionDays = f.integers(1, 365); }},
        {"deadlines.decision_excluded_stages", [](Policy &p, const Field &f) { p.deadlines.decisionExcludedStages = f.stages(); }},
        {"deadlines.hearing_request_working_days", [](Policy &p, const Field &f) { p.deadlines.hearingRequestWorkingDays = f.integer(1, 60); }},
        {"deadlines.hearing_notice_working_days", [](Policy &p, const Field &f) { p.deadlines.hearingNoticeWorkingDays = f.integer(1, 60); }},
        {"deadlines.payment_days", [](Policy &p, const Field &f) { p.deadlines.paymentDays = f.integer(1, 365); }},
        {"deadlines.legal_review_working_days", [](Policy &p, const Field &f) { p.deadlines.legalReviewWorkingDays = f.integer(1, 60); }},
        {"deadlines.legal_review_complex_extra_working_days", [](Policy &p, const Field &f) { p.deadlines.legalReviewComplexExtraWorkingDays = f.integer(0, 60); }},
        {"deadlines.publication_penalty_working_days", [](Policy &p, const Field &f) { p.deadlines.publicationPenaltyWorkingDays = f.integer(1, 60); }},
        {"deadlines.publication_other_working_days", [](Policy &p, const Field &f) { p.deadlines.publicationOtherWorkingDays = f.integer(1, 60); }},
        {"deadlines.withdrawal_working_days", [](Policy &p, const Field &f) { p.deadlines.withdrawalWorkingDays = f.integer(1, 60); }},
        {"deadlines.soon_due_days", [](Policy &p, const Field &f) { p.deadlines.soonDueDays = f.integer(1, 90); }},
        {"hearing.organisation_fine_yuan", [](Policy &p, const Field &f) { p.hearing.organisationFineYuan = f.number(1, 100'000'000'000); }},
        {"hearing.citizen_fine_yuan", [](Policy &p, const Field &f) { p.hearing.citizenFineYuan = f.number(1, 100'000'000'000); }},
        {"hearing.measures", [](Policy &p, const Field &f) { p.hearing.measures = f.texts(); }},
        {"major_decisions.fine_above_yuan", [](Policy &p, const Field &f) { p.major.fineAboveYuan = f.number(0, 100'000'000'000); }},
        {"major_decisions.measures", [](Policy &p, const Field &f) { p.major.measures = f.texts(); }},
        {"major_decisions.after_hearing", [](Policy &p, const Field &f) { p.major.afterHearing = f.flag(); }},
        {"major_decisions.criminal_referral", [](Policy &p, const Field &f) { p.major.criminalReferral = f.flag(); }},
        {"publication.general_months", [](Policy &p, const Field &f) { p.publication.generalMonths = f.integer(3, 12); }},
        {"publication.serious_months", [](Policy &p, const Field &f) { p.publication.seriousMonths = f.integer(12, 36); }},
        {"publication.agency", [](Policy &p, const Field &f) { p.publication.agency = f.nonEmptyText(); }},
        {"credit.start_points", [](Policy &p, const Field &f) { p.credit.startPoints = f.integer(1, 1000); }},
        {"credit.a_min_points", [](Policy &p, const Field &f) { p.credit.aMinPoints = f.integer(0, 1000); }},
        {"credit.b_min_points", [](Policy &p, const Field &f) { p.credit.bMinPoints = f.integer(0, 1000); }},
        {"credit.c_min_points", [](Policy &p, const Field &f) { p.credit.cMinPoints = f.integer(0, 1000); }},
        {"credit.direct_to_d", [](Policy &p, const Field &f) { p.credit.directToD = f.texts(); }},
        {"credit.blacklist_months", [](Policy &p, const Field &f) { p.credit.blacklistMonths = f.integer(1, 120); }},
        {"credit.repair_wait_months", [](Policy &p, const Field &f) { p.credit.repairWaitMonths = f.integer(0, 60); }},
        {"credit.repair_verify_working_days", [](Policy &p, const Field &f) { p.credit.repairVerifyWorkingDays = f.integer(1, 60); }},
        {"noise.day_starts", [](Policy &p, const Field &f) { p.noise.dayStart = f.timeOfDay(); }},
        {"noise.night_starts", [](Policy &p, const Field &f) { p.noise.nightStart = f.timeOfDay(); }},
        {"noise.frequent_lmax_allowance_db", [](Policy &p, const Field &f) { p.noise.frequentLmaxAllowanceDb = f.decibels(0, 50); }},
        {"noise.sporadic_lmax_allowance_db", [](Policy &p, const Field &f) { p.noise.sporadicLmaxAllowanceDb = f.decibels(0, 50); }},
        {"calendar.holidays", [](Policy &p, const Field &f) { p.holidaysFile = f.text(); }},
    };
    return table;
}

}  // namespace

Policy parsePolicy(std::string_view text) {
    const auto entries = readEntries(text);
    Policy policy;
    bool deductionsGiven = false;
    for (const auto &[name, entry] : entries) {
        const Field field(name, entry);
        if (name.rfind("credit.deductions.", 0) == 0) {
            if (!deductionsGiven) policy.credit.deductions.clear();  // the file's table replaces ours
            deductionsGiven = true;
            policy.credit.deductions[name.substr(std::string_view("credit.deductions.").size())] =
                field.integer(1, 1000);
            continue;
        }
        const auto it = setters().find(name);
        if (it == setters().end()) field.fail("not a policy setting (a typo?)");
        it->second(policy, field);
    }
    // Whole-policy rules, reported at the line of the setting that breaks them.
    const auto lineOf = [&](const std::string &name) {
        const auto it = entries.find(name);
        return it == entries.end() ? 0 : it->second.line;
    };
    const auto &c = policy.credit;
    if (!(c.startPoints >= c.aMinPoints && c.aMinPoints > c.bMinPoints && c.bMinPoints > c.cMinPoints)) {
        int line = 0;
        for (const char *band : {"credit.start_points", "credit.a_min_points", "credit.b_min_points", "credit.c_min_points"}) {
            line = std::max(line, lineOf(band));
        }
        throw DataFileError(line, "credit", "the bands must fall: start_points >= a_min_points > b_min_points > c_min_points");
    }
    if (const auto error = noisePolicyError(policy.noise)) {
        throw DataFileError(std::max(lineOf("noise.day_starts"), lineOf("noise.night_starts")), "noise", *error);
    }
    return policy;
}

}  // namespace fc::domain
