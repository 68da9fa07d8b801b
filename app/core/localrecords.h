#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "domain/caserecord.h"
#include "domain/geo.h"
#include "domain/enterprise.h"
#include "domain/evidence.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"
#include "domain/sqlite/database.h"

// Typed access to the records of the local store, used inside LocalStore::transact().
class LocalRecords {
public:
    enum class NoteState { Pending, Synced, Rejected };

    struct LocalNote {
        fc::domain::Note note;
        NoteState state = NoteState::Pending;
        QString reason;  // the server's words when it rejected the note
    };

    struct CaseSummary {
        fc::domain::CaseRecord record;
        int noteCount = 0;
        int pendingNotes = 0;
        std::optional<fc::domain::GeoPoint> site;  // the enterprise's, when its record is here
    };

    // A record as the server has it, from a pull.
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::CaseRecord &record) {
        upsertCase(db, record);
    }
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::Enterprise &e) {
        upsertEnterprise(db, e);
    }
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::Note &note) {
        upsertSyncedNote(db, note);
    }
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::EvidenceItem &item);
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::InspectionRecord &record);
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::RingelmannObservation &o);
    static void upsertSynced(fc::sqlite::Database &db, const fc::domain::NoiseRecord &r);

    // A reading made on this device, waiting to be sent (state pending).
    static void insertPendingReading(fc::sqlite::Database &db, const fc::domain::RingelmannObservation &o);
    static void insertPendingReading(fc::sqlite::Database &db, const fc::domain::NoiseRecord &r);

    static void upsertCase(fc::sqlite::Database &db, const fc::domain::CaseRecord &record);
    static void upsertEnterprise(fc::sqlite::Database &db, const fc::domain::Enterprise &e);
    // A note as the server has it: replaces a local copy and marks it synced.
    static void upsertSyncedNote(fc::sqlite::Database &db, const fc::domain::Note &note);
    static void insertPendingNote(fc::sqlite::Database &db, const fc::domain::Note &note);
    static void setNoteState(fc::sqlite::Database &db, const QString &noteId, NoteState state,
                             const QString &reason = {});

    static std::optional<fc::domain::CaseRecord> caseById(fc::sqlite::Database &db,
                                                          const QString &id);
    // Cases assigned to the user, or all cases when assigneeId is empty; by due date:
    // `limit` of them (all when negative) from `offset`.
    static std::vector<CaseSummary> cases(fc::sqlite::Database &db, const QString &assigneeId, int limit = -1,
                                          int offset = 0);
    // How many cases `cases` lists in all.
    static int caseCount(fc::sqlite::Database &db, const QString &assigneeId);
    static std::vector<LocalNote> notesOf(fc::sqlite::Database &db, const QString &caseId);
    static std::optional<fc::domain::Enterprise> enterprise(fc::sqlite::Database &db,
                                                            const QString &creditCode);

    static QString stateName(NoteState state);

private:
    // `from`: the cases and the condition ("cases c WHERE ..."), with at most one parameter.
    static std::vector<CaseSummary> selectCases(fc::sqlite::Database &db, const std::string &from,
                                                const std::string &arg, int limit, int offset);
};
