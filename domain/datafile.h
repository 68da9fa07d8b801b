#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace fc::domain {

// A line of a data file that cannot be used: its 1-based line number, the field it is
// about (empty when the whole line is wrong) and why.
class DataFileError : public std::runtime_error {
public:
    DataFileError(int line, std::string field, const std::string &message)
        : std::runtime_error(message), line_(line), field_(std::move(field)) {}
    int line() const { return line_; }
    const std::string &field() const { return field_; }

private:
    int line_;
    std::string field_;
};

inline std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

// Calls fn(lineNumber, line) for each line of `text` (1-based numbers, the line without
// its newline), for the small data files the administrator edits.
template <typename F>
void forEachLine(std::string_view text, F &&fn) {
    for (int lineNumber = 1; !text.empty(); ++lineNumber) {
        const auto end = text.find('\n');
        fn(lineNumber, text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
}

}  // namespace fc::domain
