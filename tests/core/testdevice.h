#pragma once

#include <QString>

#include <chrono>
#include <set>
#include <string>

#include "grpctransport.h"
#include "localstore.h"
#include "session.h"
#include "syncengine.h"

// One device as tests drive it: an encrypted store in a folder, the real gRPC transport,
// the sync engine and the sign-in, without any UI.
struct TestDevice {
    TestDevice(const QString &address, const QString &dataDir, const std::string &caPem = {},
               std::chrono::milliseconds deadline = std::chrono::seconds(5));

    // Adds `count` notes to a case directly through the store, `perTransaction` at a time
    // (the same rows and outbox entries NoteRecorder writes).
    void addNotes(const QString &caseId, int count, int perTransaction = 100);
    // Adds evidence of random bytes (a stand-in for photos); returns the ids.
    std::vector<std::string> addEvidence(const QString &caseId, int count, int minBytes, int maxBytes,
                                         unsigned seed);
    // Runs sync rounds until one succeeds, tolerating an unreachable server for `patience`.
    SyncEngine::Report syncUntilDone(std::chrono::milliseconds patience = std::chrono::seconds(120));

    int outboxCount();
    std::set<std::string> noteIds();
    std::set<std::string> uploadedEvidence();
    QString firstCaseId();

    LocalStore store;
    GrpcTransport transport;
    SyncEngine engine;
    Session session;
};
