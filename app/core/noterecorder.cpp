#include "noterecorder.h"

#include <QUuid>

#include "localrecords.h"
#include "outbox.h"

namespace {
QByteArray draftKey(const QString &caseId) { return "note_draft:" + caseId.toUtf8(); }
}  // namespace

NoteRecorder::NoteRecorder(LocalStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), store_(store), clock_(clock) {}

void NoteRecorder::setError(const QString &text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

QString NoteRecorder::record(const QString &caseId, const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(tr("The note is empty."));
        return {};
    }
    if (trimmed.size() > kMaxLength) {
        setError(tr("The note is longer than %1 characters.").arg(kMaxLength));
        return {};
    }
    if (!store_.isOpen()) {
        setError(tr("Sign in first."));
        return {};
    }
    const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::int64_t now = clock_.now().toMSecsSinceEpoch();
    try {
        const bool saved = store_.transact([&](fc::sqlite::Database &db) {
            if (!LocalRecords::caseById(db, caseId)) return false;
            fc::domain::Note note;
            note.id = noteId.toStdString();
            note.caseId = caseId.toStdString();
            note.authorId = LocalStore::meta(db, LocalStore::kUserId).toStdString();
            note.authorName = LocalStore::meta(db, LocalStore::kDisplayName).toStdString();
            note.deviceId = LocalStore::meta(db, LocalStore::kDeviceId).toStdString();
            note.text = trimmed.toStdString();
            note.createdAtMs = now;
            LocalRecords::insertPendingNote(db, note);
            Outbox::enqueue(db, Outbox::kAddNote, note.id, 0, now);
            LocalStore::setMeta(db, draftKey(caseId).constData(), {});
            return true;
        });
        if (!saved) {
            setError(tr("This case is not on this device."));
            return {};
        }
    } catch (const fc::sqlite::Error &e) {
        setError(LocalStore::describe(e));
        return {};
    }
    setError({});
    store_.notifyChanged();
    emit recorded(noteId);
    return noteId;
}

bool NoteRecorder::saveDraft(const QString &caseId, const QString &text) {
    if (!store_.isOpen() || caseId.isEmpty()) return false;
    try {
        store_.transact([&](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, draftKey(caseId).constData(), text.left(kMaxLength));
        });
    } catch (const fc::sqlite::Error &e) {
        setError(LocalStore::describe(e));
        return false;
    }
    return true;
}

QString NoteRecorder::draft(const QString &caseId) {
    if (!store_.isOpen() || caseId.isEmpty()) return {};
    try {
        return store_.transact(
            [&](fc::sqlite::Database &db) { return LocalStore::meta(db, draftKey(caseId).constData()); });
    } catch (const fc::sqlite::Error &e) {
        setError(LocalStore::describe(e));
        return {};
    }
}
