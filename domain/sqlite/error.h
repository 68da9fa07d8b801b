#pragma once

#include <stdexcept>
#include <string>

namespace fc::sqlite {

// An SQLite/SQLCipher failure with its primary result code (SQLITE_FULL, SQLITE_NOTADB...).
class Error : public std::runtime_error {
public:
    Error(int code, const std::string &message) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

}  // namespace fc::sqlite
