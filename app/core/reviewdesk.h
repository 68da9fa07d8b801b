#pragma once

#include <QVariantList>
#include <QVariantMap>

#include "deskbase.h"
#include "desktransport.h"

class LocalStore;
class SyncEngine;

// The legal reviewer's desk: the cases waiting for legal review, and one case's dossier
// (the facts, the proposed decision and its legal basis, the notes, the procedure so far,
// and every piece of evidence checked against its SHA-256: bytes this device lacks are
// downloaded and verified first). The reviewer approves, or returns the case with the
// problems written down; the server keeps every round.
class ReviewDesk : public DeskBase {
    Q_OBJECT
    Q_PROPERTY(QVariantList queue READ queue NOTIFY queueChanged)
    Q_PROPERTY(QVariantMap dossier READ dossier NOTIFY dossierChanged)
public:
    ReviewDesk(DeskTransport &transport, SyncEngine &engine, LocalStore &store, QObject *parent = nullptr);

    QVariantList queue() const { return queue_; }
    QVariantMap dossier() const { return dossier_; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void open(const QString &caseId);
    Q_INVOKABLE void approve(const QString &opinion);
    // Returns the open case with the problems it must fix (required).
    Q_INVOKABLE void returnCase(const QString &problems);

signals:
    void queueChanged();
    void dossierChanged();
    // The open case was approved or returned; the queue is read again.
    void reviewed(const QString &caseId, bool approved);

private:
    QVariantList readQueue();
    // The case file from the server; the evidence checks are made, or taken from a dossier
    // of the same case read before.
    QVariantMap readDossier(const std::string &caseId, const QVariantMap *checkedBefore);
    // How the evidence's bytes check against its id: verified, mismatch or missing.
    QString verify(const std::string &evidenceId, bool localBytes);
    void decide(fc::domain::CaseCommand command, const QString &detail, bool approved);

    DeskTransport &transport_;
    SyncEngine &engine_;
    LocalStore &store_;
    QVariantList queue_;
    QVariantMap dossier_;
};
