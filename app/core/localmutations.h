#pragma once

#include "domain/mutation.h"
#include "domain/sqlite/database.h"
#include "outbox.h"

// Between outbox entries and the records they name: the mutation to send, and what the
// server's verdict means for the record's local state.
class LocalMutations {
public:
    // Reads the record an entry names; throws fc::sqlite::Error if it is missing.
    static fc::domain::Mutation build(fc::sqlite::Database &db, const Outbox::Entry &entry);
    // Marks the record synced, or rejected with the server's reason.
    static void applyResult(fc::sqlite::Database &db, const Outbox::Entry &entry,
                            const fc::domain::MutationResult &result);
};
