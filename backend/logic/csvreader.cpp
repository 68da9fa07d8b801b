#include "backend/logic/csvreader.h"

#include <stdexcept>

namespace fc::server {

CsvReader::CsvReader(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
}

std::optional<CsvReader::Record> CsvReader::next() {
    // Skip blank lines between records.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= text_.size()) return std::nullopt;

    Record record{line_, {}};
    std::string field;
    bool quoted = false;
    while (pos_ < text_.size()) {
        const char c = text_[pos_++];
        if (quoted) {
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    field.push_back('"');
                    ++pos_;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line_;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = true;
        } else if (c == ',') {
            record.fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') {
            // CR of a CRLF line end; the LF ends the record below.
        } else if (c == '\n') {
            ++line_;
            record.fields.push_back(std::move(field));
            return record;
        } else {
            field.push_back(c);
        }
    }
    if (quoted) {
        throw std::runtime_error("line " + std::to_string(record.line) +
                                 ": a quoted field is not closed");
    }
    record.fields.push_back(std::move(field));
    return record;
}

}  // namespace fc::server
