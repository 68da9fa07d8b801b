#include "appservices.h"

AppServices::AppServices(SyncTransport &transport, const Clock &clock, const Setup &setup,
                         QObject *parent)
    : QObject(parent), position_(setup.position) {
    store_ = std::make_unique<LocalStore>();
    locator_ = std::make_unique<SiteLocator>(*store_);
    locator_->setTracker(position_);
    engine_ = std::make_unique<SyncEngine>(*store_, transport);
    sync_ = std::make_unique<SyncController>(*store_, *engine_);
    session_ = std::make_unique<Session>(*store_, *engine_, transport, setup.dataDir, setup.kdfLimits);
    tasks_ = std::make_unique<TaskListModel>(*store_);
    tasks_->setPositionTracker(position_);
    notes_ = std::make_unique<NoteListModel>(*store_);
    recorder_ = std::make_unique<NoteRecorder>(*store_, clock);
    evidence_ = std::make_unique<EvidenceRecorder>(*store_, *locator_, clock);
    evidenceList_ = std::make_unique<EvidenceListModel>(*store_);
    ringelmann_ = std::make_unique<RingelmannSession>(*store_, *locator_, clock);
    noise_ = std::make_unique<NoiseForm>(*store_, *locator_, clock);
    inspection_ = std::make_unique<InspectionRecordForm>(*store_, *evidence_, *locator_, clock);
    preferences_ = std::make_unique<Preferences>(setup.dataDir);
    if (setup.desk) {
        supervisorDesk_ = std::make_unique<SupervisorDesk>(*setup.desk);
        reviewDesk_ = std::make_unique<ReviewDesk>(*setup.desk, *engine_, *store_);
    }

    // Sync when there is something new to send, and right after signing in.
    connect(session_.get(), &Session::signedIn, sync_.get(), &SyncController::syncNow);
    connect(recorder_.get(), &NoteRecorder::recorded, sync_.get(), &SyncController::syncNow);
    connect(evidence_.get(), &EvidenceRecorder::recorded, sync_.get(), &SyncController::syncNow);
    connect(ringelmann_.get(), &RingelmannSession::saved, sync_.get(), &SyncController::syncNow);
    connect(noise_.get(), &NoiseForm::saved, sync_.get(), &SyncController::syncNow);
    connect(inspection_.get(), &InspectionRecordForm::saved, sync_.get(), &SyncController::syncNow);
}

// Parts go in the reverse order of their making: the models before the store they watch.
AppServices::~AppServices() = default;
