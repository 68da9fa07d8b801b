#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/custody.h"
#include "domain/sqlite/database.h"

// The custody receipts of what this device sent: for each evidence item, on-site record
// and reading the server logged, its leaf in a checkpoint signed by the server's key. The
// device pins the first key it is given; a receipt that does not verify against the pinned
// key (or in itself) is kept all the same, marked, and counted, because it is evidence that
// something is wrong on the server's side.
class CustodyReceipts {
public:
    struct Stored {
        fc::domain::custody::Kind kind = fc::domain::custody::Kind::Evidence;
        std::string entityId;
        fc::domain::custody::Receipt receipt;
        bool verified = false;
    };

    // Keeps the receipt (the latest one per entity); returns whether it verified.
    static bool keep(fc::sqlite::Database &db, fc::domain::custody::Kind kind, const std::string &entityId,
                     const fc::domain::custody::Receipt &receipt, const std::string &serverPublicKey);
    static std::optional<Stored> of(fc::sqlite::Database &db, fc::domain::custody::Kind kind,
                                    const std::string &entityId);
    static int unverifiedCount(fc::sqlite::Database &db);
};
