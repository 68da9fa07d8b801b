#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/sqlite/database.h"

// The transactional outbox (docs/SYNC.md): each local change enqueues an entry in the same
// transaction, numbered by the device's own strictly increasing counter. An entry names
// the immutable record it sends (or, for a case edit, carries the edit as its payload);
// LocalMutations turns it into a mutation at push time.
// Entries leave only when the server has processed them.
class Outbox {
public:
    static constexpr const char *kAddNote = "note.add";
    static constexpr const char *kAddEvidence = "evidence.add";
    static constexpr const char *kAddInspectionRecord = "record.add";
    static constexpr const char *kAddReading = "reading.add";
    static constexpr const char *kEditCase = "case.edit";

    struct Entry {
        std::int64_t mutationId = 0;
        std::string kind;
        std::string entityId;
        std::int64_t baseVersion = 0;
        std::string payload;
    };

    // Appends an entry with the next mutation id and returns that id.
    static std::int64_t enqueue(fc::sqlite::Database &db, const char *kind,
                                const std::string &entityId, std::int64_t baseVersion,
                                std::int64_t nowMs, const std::string &payload = {});
    // Entries of this kind for this entity still waiting for the server.
    static int pendingFor(fc::sqlite::Database &db, const char *kind, const std::string &entityId);
    // The oldest entries, in mutation-id order.
    static std::vector<Entry> pending(fc::sqlite::Database &db, int limit);
    static void remove(fc::sqlite::Database &db, std::int64_t mutationId);
    static int count(fc::sqlite::Database &db);
};
