#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

#include "domain/evidence.h"
#include "domain/sqlite/database.h"

// Evidence inside the encrypted store: metadata in one row, the bytes in chunks, so a
// photo never exists as a plaintext file and uploads can read any byte range.
class EvidenceStore {
public:
    static constexpr int kChunkBytes = 512 * 1024;

    struct Row {
        fc::domain::EvidenceItem item;
        QString state;     // pending, synced, rejected
        QString reason;    // the server's words for a rejection
        bool uploaded = false;    // the server confirmed the bytes
        bool localBytes = false;  // this device holds the bytes
    };

    // Stores new evidence with its bytes (state pending). Returns false, changing nothing,
    // if evidence with this id (the same bytes) is already here.
    static bool insertLocal(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item,
                            const QByteArray &bytes);
    // Metadata as the server has it (from a pull); keeps any local bytes.
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item);

    static std::optional<Row> byId(fc::sqlite::Database &db, const QString &id);
    static std::vector<Row> ofCase(fc::sqlite::Database &db, const QString &caseId);
    // Evidence whose bytes the server has not confirmed yet, oldest first.
    static std::vector<Row> awaitingUpload(fc::sqlite::Database &db);

    // Keeps downloaded bytes for evidence known from a pull (the caller checked the hash).
    static void attachBytes(fc::sqlite::Database &db, const QString &id, const QByteArray &bytes);

    static QByteArray read(fc::sqlite::Database &db, const QString &id);
    // Up to `length` bytes from `offset`, ready for the wire: each stored chunk's part read
    // straight into place; shorter at the end of the file (or at a missing chunk).
    static std::string readRange(fc::sqlite::Database &db, const QString &id, qint64 offset,
                                 qint64 length);
    // The same into `out`, whose memory is reused (an upload reads every chunk into the
    // same few buffers).
    static void readRange(fc::sqlite::Database &db, const QString &id, qint64 offset, qint64 length,
                          std::string &out);
    static void setState(fc::sqlite::Database &db, const QString &id, const QString &state,
                         const QString &reason = {});
    static void setUploaded(fc::sqlite::Database &db, const QString &id);
};
