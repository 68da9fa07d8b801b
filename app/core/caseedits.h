#pragma once

#include <cstdint>
#include <string>

#include "domain/caseedit.h"
#include "domain/mutation.h"
#include "domain/sqlite/database.h"
#include "outbox.h"

#include <vector>

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

    // An edit the server did not apply: refused with a reason, or kept beside the newer
    // value as a conflict that a supervisor resolves. The device's copy of the case holds
    // the server's value again after the next pull.
    struct Refusal {
        std::int64_t mutationId = 0;
        std::string caseId;
        fc::domain::CaseField field = fc::domain::CaseField::Description;
        std::string value;
        bool conflict = false;
        std::string reason;
    };
    // Keeps the server's answer to an edit entry that was not applied (in the caller's
    // transaction, with the entry's removal from the outbox).
    static void recordRefusal(fc::sqlite::Database &db, const Outbox::Entry &entry,
                              const fc::domain::MutationResult &result);
    // The case's refused and conflicting edits, newest first.
    static std::vector<Refusal> refusals(fc::sqlite::Database &db, const std::string &caseId);
};
