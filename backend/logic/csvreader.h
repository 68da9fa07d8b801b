#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::server {

// RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF
// line ends, a UTF-8 byte order mark ignored. Reports where each record starts.
class CsvReader {
public:
    struct Record {
        int line = 0;  // 1-based line on which the record starts
        std::vector<std::string> fields;
    };

    explicit CsvReader(std::string_view text);

    // The next record, or nullopt at the end. Throws std::runtime_error naming the line
    // of an unterminated quoted field.
    std::optional<Record> next();

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

}  // namespace fc::server
