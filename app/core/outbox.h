#pragma once

#include <cstdint>
#include <vector>

#include "domain/mutation.h"
#include "domain/sqlite/database.h"

// The transactional outbox (docs/SYNC.md): each local change writes its mutation here in
// the same transaction, numbered by the device's own strictly increasing counter. Rows
// leave only when the server has processed them.
class Outbox {
public:
    // Appends a mutation, assigning the next mutation id; returns that id. Call inside the
    // transaction that makes the local change.
    static std::int64_t enqueue(fc::sqlite::Database &db, fc::domain::Mutation mutation,
                                std::int64_t nowMs);
    // The oldest entries, in mutation-id order.
    static std::vector<fc::domain::Mutation> pending(fc::sqlite::Database &db, int limit);
    static void remove(fc::sqlite::Database &db, std::int64_t mutationId);
    static int count(fc::sqlite::Database &db);
};
