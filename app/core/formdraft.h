#pragma once

#include <QObject>
#include <QString>

class LocalStore;

// A form's typed input kept in the encrypted store until the form is saved, so that
// nothing typed is lost when the app is sent to the background and ended there, or the
// page goes. What is kept: the form's stored, writable properties (the fields it declares
// MEMBER or WRITE, except caseId), as JSON in the meta table under
// "form_draft:<form class>:<case id>". Errors are returned, never thrown: a draft that
// cannot be written is a warning, not a reason to stop the user.
class FormDraft {
public:
    // Writes the draft; false (and the store's words in `error`) if it could not.
    static bool save(LocalStore &store, const QObject &form, const QString &caseId, QString *error = nullptr);
    // Sets the form's fields from the case's draft; false if there is none.
    static bool restore(LocalStore &store, QObject &form, const QString &caseId);
    static void clear(LocalStore &store, const QObject &form, const QString &caseId);
};
