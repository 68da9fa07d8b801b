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

    // Returns the new note's id, or an empty string with errorText set.
    Q_INVOKABLE QString record(const QString &caseId, const QString &text);

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
