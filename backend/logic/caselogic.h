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

private:
    std::vector<domain::Officer> resolveOfficers(StoreTx &tx, const Principal &caller,
                                                 const std::vector<std::string> &ids);

    Store &store_;
    const Clock &clock_;
};

}  // namespace fc::server
