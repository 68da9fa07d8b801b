#pragma once

#include <string>
#include <vector>

#include "backend/logic/clock.h"
#include "backend/logic/principal.h"
#include "backend/store/store.h"

namespace fc::server {

// Cases as supervisors create and assign them and officers see them.
class CaseLogic {
public:
    struct NewCase {
        std::string id;  // optional client-made UUID, for retry-safe creation
        std::string title;
        std::string description;
        std::string enterpriseCode;
        std::string dueDate;
        std::vector<std::string> assigneeIds;
    };

    struct CaseWithNotes {
        domain::CaseRecord record;
        std::vector<domain::Note> notes;
        std::optional<domain::CaseProposal> proposal;  // once a decision is proposed
    };

    CaseLogic(Store &store, const Clock &clock);

    std::vector<domain::CaseRecord> list(const Principal &caller);
    CaseWithNotes get(const Principal &caller, const std::string &caseId);
    domain::CaseRecord create(const Principal &caller, const NewCase &request);
    // Replaces the officers of a case; they receive it, with its notes, on their next pull.
    domain::CaseRecord assign(const Principal &caller, const std::string &caseId,
                              const std::vector<std::string> &assigneeIds);

    // Whether the caller may see (and add notes to) the case.
    static bool maySee(const Principal &caller, const domain::CaseRecord &record);
    // The case if the caller may see it: NOT_FOUND when there is no such case,
    // PERMISSION_DENIED when it is another officer's or another jurisdiction's.
    static domain::CaseRecord requireVisible(const Principal &caller, std::optional<domain::CaseRecord> record);
    // Inspectors may edit the description of their cases; supervisors every field.
    static bool mayEdit(const Principal &caller, domain::CaseField field);

    // A device's compare-and-set edit, inside the push's transaction. The base version is
    // current: applied. Behind, with the same value there: applied (nothing to change).
    // Behind with another value: a conflict keeping both values for a supervisor, and the
    // case goes to the head of the feed so the device gets the server's value back.
    static domain::MutationResult applyEdit(StoreTx &tx, const Principal &caller,
                                            std::int64_t mutationId, std::int64_t baseVersion,
                                            const domain::EditCaseField &edit, std::int64_t now);

    // Supervisors: the conflicts of the cases they may see, oldest first.
    std::vector<domain::CaseConflict> conflicts(const Principal &caller, bool includeResolved);
    struct Resolution {
        domain::CaseRecord record;
        domain::CaseConflict conflict;
    };
    // Supervisors: sets the field to the chosen value (either side's or another) and closes
    // the conflict; the officers receive the case on their next pull.
    Resolution resolveConflict(const Principal &caller, const std::string &conflictId,
                               const std::string &value);

private:
    std::vector<domain::Officer> resolveOfficers(StoreTx &tx, const Principal &caller,
                                                 const std::vector<std::string> &ids);

    Store &store_;
    const Clock &clock_;
};

}  // namespace fc::server
