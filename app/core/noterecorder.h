#pragma once

#include <QObject>
#include <QString>

#include "clock.h"
#include "localstore.h"

// Records an inspection note against a case, offline: the note and its outbox entry are
// written in one encrypted transaction.
class NoteRecorder : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    static constexpr int kMaxLength = 5000;  // characters

    NoteRecorder(LocalStore &store, const Clock &clock, QObject *parent = nullptr);

    // Returns the new note's id, or an empty string with errorText set. The case's draft
    // is cleared with it.
    Q_INVOKABLE QString record(const QString &caseId, const QString &text);

    // The text of a note still being written for a case, kept in the encrypted store so
    // that nothing typed is lost when the app goes to the background and is ended there.
    // False (nothing kept) while the store is locked.
    Q_INVOKABLE bool saveDraft(const QString &caseId, const QString &text);
    Q_INVOKABLE QString draft(const QString &caseId);

    QString errorText() const { return errorText_; }

signals:
    void errorTextChanged();
    void recorded(const QString &noteId);

private:
    void setError(const QString &text);

    LocalStore &store_;
    const Clock &clock_;
    QString errorText_;
};
