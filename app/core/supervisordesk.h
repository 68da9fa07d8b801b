#pragma once

#include <QVariantList>

#include "deskbase.h"
#include "desktransport.h"

// The supervisor's desk, read from the server: cases that need someone (unassigned, fewer
// than two officers, or overdue), every deadline ahead, each officer's workload, edits
// kept as conflicts, and the blacklist; and the supervisor's actions on them.
class SupervisorDesk : public DeskBase {
    Q_OBJECT
    Q_PROPERTY(QVariantList attention READ attention NOTIFY loaded)
    Q_PROPERTY(QVariantList deadlines READ deadlines NOTIFY loaded)
    Q_PROPERTY(QVariantList workload READ workload NOTIFY loaded)
    Q_PROPERTY(QVariantList officers READ officers NOTIFY loaded)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY loaded)
    Q_PROPERTY(QVariantList blacklist READ blacklist NOTIFY loaded)
public:
    explicit SupervisorDesk(DeskTransport &transport, QObject *parent = nullptr);

    QVariantList attention() const { return attention_; }
    QVariantList deadlines() const { return deadlines_; }
    QVariantList workload() const { return workload_; }
    QVariantList officers() const { return officers_; }
    QVariantList conflicts() const { return conflicts_; }
    QVariantList blacklist() const { return blacklist_; }

    // Reads everything again.
    Q_INVOKABLE void refresh();
    // Assigns the case to these officers (at least two), then reads everything again.
    Q_INVOKABLE void assign(const QString &caseId, const QStringList &officerIds);
    // Keeps `value` (the server's or the device's) for the conflicting field.
    Q_INVOKABLE void resolveConflict(const QString &conflictId, const QString &value);

signals:
    void loaded();

private:
    struct Lists {
        QVariantList attention, deadlines, workload, officers, conflicts, blacklist;
    };
    Lists read();
    void show(Lists lists);
    // Runs the change (if any) and reads everything again, on the worker thread.
    void changeThenRead(std::function<void()> change);

    DeskTransport &transport_;
    QVariantList attention_, deadlines_, workload_, officers_, conflicts_, blacklist_;
};
