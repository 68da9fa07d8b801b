#pragma once

#include <QObject>
#include <QString>

class LocalStore;

// A form's typed input kept in the encrypted store until the form is saved, so that
// nothing typed is lost when the app is sent to the background and ended there, or the
// page goes. What is kept: the form's stored, writable properties (the fields it declares
// MEMBER or WRITE, except caseId), as JSON in the meta table under
// "form_draft:<form class>:<case id>". Each call returns the store's failure in the user's
// words (empty when it worked), for the form to show; none throws.
class FormDraft {
public:
    static QString save(LocalStore &store, const QObject &form, const QString &caseId);
    // Sets the form's fields from the case's draft, if there is one.
    static QString restore(LocalStore &store, QObject &form, const QString &caseId);
    static QString clear(LocalStore &store, const QObject &form, const QString &caseId);
};
