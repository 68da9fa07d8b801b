#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/logicerror.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"

namespace fc::server {

// A rejected directory import: every bad line with what is wrong with it.
class ImportError : public LogicError {
public:
    struct Problem {
        int line = 0;
        std::string message;
    };

    explicit ImportError(std::vector<Problem> problems);
    const std::vector<Problem> &problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

// The enterprise directory: imported from the bureau's CSV, read by every signed-in user.
class EnterpriseDirectory {
public:
    static constexpr int kMaxPage = 500;

    explicit EnterpriseDirectory(Store &store);

    // Parses and validates the whole file first, then stores every row in one transaction:
    // all rows or none. Columns are found by their header names (docs/ARCHITECTURE.md).
    int importCsv(std::string_view csv);
    // The same, for a caller who must be an administrator.
    int importCsv(const Principal &caller, std::string_view csv);

    // Parsing and validation only; throws ImportError.
    static std::vector<domain::Enterprise> parseCsv(std::string_view csv);

    struct Page {
        std::vector<domain::Enterprise> enterprises;
        bool hasMore = false;
    };
    // Enterprises ordered by credit code, after the given code.
    Page list(const Principal &caller, std::string_view afterCode, int limit);
    domain::Enterprise get(const Principal &caller, std::string_view creditCode);

private:
    Store &store_;
};

}  // namespace fc::server
