#pragma once

#include <QString>

#include <map>
#include <set>
#include <string>

#include "domain/sqlite/database.h"

// What a server holds, read straight from its data folder: the store and the evidence
// files, for tests to compare with what the devices hold.
class ServerView {
public:
    explicit ServerView(const QString &dataDir);

    std::int64_t count(const char *sql, const std::string &arg = {});
    std::set<std::string> noteIdsOfCase(const std::string &caseId);
    std::map<std::string, std::int64_t> lastMutationIds();
    // Evidence rows whose bytes are stored and whose file hashes to its id; returns the ids
    // that fail (missing file, wrong hash) in `bad`.
    std::set<std::string> verifiedEvidence(std::set<std::string> *bad = nullptr);
    // Where the evidence file of this id lies.
    QString evidencePath(const std::string &id) const;
    // Unfinished upload files left in the data folder.
    int partialUploads() const;

private:
    QString dataDir_;
    fc::sqlite::Database db_;
};
