#pragma once

#include <QObject>
#include <QtQml/qqml.h>

#include <memory>

#include "keyvault.h"
#include "qmltypes.h"
#include "sitelocator.h"

class DeskTransport;
class SyncTransport;

// The app's parts, built and wired once (the transport, the clock and the position source
// are injected) and handed to Main.qml as one required property; pages then get only
// what they use. Wiring only: the behaviour lives in core.
class AppServices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppServices is provided by the application")
    Q_PROPERTY(Session *session READ session CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(NoteListModel *notes READ notes CONSTANT)
    Q_PROPERTY(NoteRecorder *recorder READ recorder CONSTANT)
    Q_PROPERTY(EvidenceRecorder *evidence READ evidence CONSTANT)
    Q_PROPERTY(EvidenceListModel *evidenceList READ evidenceList CONSTANT)
    Q_PROPERTY(RingelmannSession *ringelmann READ ringelmann CONSTANT)
    Q_PROPERTY(NoiseForm *noise READ noise CONSTANT)
    Q_PROPERTY(InspectionRecordForm *inspection READ inspection CONSTANT)
    Q_PROPERTY(PositionTracker *position READ position CONSTANT)
    Q_PROPERTY(Preferences *preferences READ preferences CONSTANT)
    Q_PROPERTY(SupervisorDesk *supervisorDesk READ supervisorDesk CONSTANT)
    Q_PROPERTY(ReviewDesk *reviewDesk READ reviewDesk CONSTANT)
public:
    struct Setup {
        QString dataDir;
        KeyVault::KdfLimits kdfLimits;
        PositionTracker *position = nullptr;  // null: no position source on this device
        DeskTransport *desk = nullptr;         // null: no supervisor's or reviewer's desk
    };

    AppServices(SyncTransport &transport, const Clock &clock, const Setup &setup,
                QObject *parent = nullptr);
    ~AppServices() override;

    LocalStore &store() { return *store_; }
    SyncEngine &engine() { return *engine_; }
    Session *session() { return session_.get(); }
    SyncController *sync() { return sync_.get(); }
    TaskListModel *tasks() { return tasks_.get(); }
    NoteListModel *notes() { return notes_.get(); }
    NoteRecorder *recorder() { return recorder_.get(); }
    EvidenceRecorder *evidence() { return evidence_.get(); }
    EvidenceListModel *evidenceList() { return evidenceList_.get(); }
    RingelmannSession *ringelmann() { return ringelmann_.get(); }
    NoiseForm *noise() { return noise_.get(); }
    InspectionRecordForm *inspection() { return inspection_.get(); }
    PositionTracker *position() { return position_; }
    Preferences *preferences() { return preferences_.get(); }
    SupervisorDesk *supervisorDesk() { return supervisorDesk_.get(); }
    ReviewDesk *reviewDesk() { return reviewDesk_.get(); }

private:
    PositionTracker *position_;
    std::unique_ptr<LocalStore> store_;
    std::unique_ptr<SiteLocator> locator_;
    std::unique_ptr<SyncEngine> engine_;
    std::unique_ptr<SyncController> sync_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<TaskListModel> tasks_;
    std::unique_ptr<NoteListModel> notes_;
    std::unique_ptr<NoteRecorder> recorder_;
    std::unique_ptr<EvidenceRecorder> evidence_;
    std::unique_ptr<EvidenceListModel> evidenceList_;
    std::unique_ptr<RingelmannSession> ringelmann_;
    std::unique_ptr<NoiseForm> noise_;
    std::unique_ptr<InspectionRecordForm> inspection_;
    std::unique_ptr<Preferences> preferences_;
    std::unique_ptr<SupervisorDesk> supervisorDesk_;
    std::unique_ptr<ReviewDesk> reviewDesk_;
};
