#pragma once

#include <cstdint>
#include <string>

#include "domain/caseedit.h"
#include "domain/mutation.h"
#include "domain/sqlite/database.h"

// Edits of a case's fields on the device: the local case changes at once and a
// compare-and-set edit waits in the outbox (docs/SYNC.md, "Case edits").
class CaseEdits {
public:
    struct Outcome {
        bool queued = false;  // false: the value was already there, or refused
        std::string problem;  // why the value was refused; empty otherwise
    };

    // In the caller's transaction. The base version is the case's version plus this
    // device's edits of the case still waiting: the server bumps the version once for
    // each of them, so a device never conflicts with itself. Throws fc::sqlite::Error if
    // the case is not stored.
    static Outcome edit(fc::sqlite::Database &db, const std::string &caseId, fc::domain::CaseField field,
                        const std::string &value, std::int64_t nowMs);

    // The edit an outbox entry carries.
    static fc::domain::EditCaseField fromPayload(const std::string &caseId, const std::string &payload);
};
