#pragma once

#include <QtQml/qqml.h>

#include "backgroundjob.h"
#include "evidencelistmodel.h"
#include "evidencerecorder.h"
#include "inspectionrecordform.h"
#include "noiseform.h"
#include "notelistmodel.h"
#include "noterecorder.h"
#include "positiontracker.h"
#include "preferences.h"
#include "reviewdesk.h"
#include "ringelmannsession.h"
#include "session.h"
#include "supervisordesk.h"
#include "synccontroller.h"
#include "tasklistmodel.h"

// QML names for the core classes. Core carries no QML macros; instances are created in
// main.cpp and handed to Main.qml as required properties.

struct SessionForeign {
    Q_GADGET
    QML_FOREIGN(Session)
    QML_NAMED_ELEMENT(Session)
    QML_UNCREATABLE("Session is provided by the application")
};

struct BackgroundJobForeign {
    Q_GADGET
    QML_FOREIGN(BackgroundJob)
    QML_NAMED_ELEMENT(BackgroundJob)
    QML_UNCREATABLE("BackgroundJob is provided by the application")
};

struct DeskBaseForeign {
    Q_GADGET
    QML_FOREIGN(DeskBase)
    QML_NAMED_ELEMENT(DeskBase)
    QML_UNCREATABLE("DeskBase is provided by the application")
};

struct SupervisorDeskForeign {
    Q_GADGET
    QML_FOREIGN(SupervisorDesk)
    QML_NAMED_ELEMENT(SupervisorDesk)
    QML_UNCREATABLE("SupervisorDesk is provided by the application")
};

struct ReviewDeskForeign {
    Q_GADGET
    QML_FOREIGN(ReviewDesk)
    QML_NAMED_ELEMENT(ReviewDesk)
    QML_UNCREATABLE("ReviewDesk is provided by the application")
};

struct PreferencesForeign {
    Q_GADGET
    QML_FOREIGN(Preferences)
    QML_NAMED_ELEMENT(Preferences)
    QML_UNCREATABLE("Preferences is provided by the application")
};

struct SyncControllerForeign {
    Q_GADGET
    QML_FOREIGN(SyncController)
    QML_NAMED_ELEMENT(SyncController)
    QML_UNCREATABLE("SyncController is provided by the application")
};

struct TaskListModelForeign {
    Q_GADGET
    QML_FOREIGN(TaskListModel)
    QML_NAMED_ELEMENT(TaskListModel)
    QML_UNCREATABLE("TaskListModel is provided by the application")
};

struct NoteListModelForeign {
    Q_GADGET
    QML_FOREIGN(NoteListModel)
    QML_NAMED_ELEMENT(NoteListModel)
    QML_UNCREATABLE("NoteListModel is provided by the application")
};

struct NoteRecorderForeign {
    Q_GADGET
    QML_FOREIGN(NoteRecorder)
    QML_NAMED_ELEMENT(NoteRecorder)
    QML_UNCREATABLE("NoteRecorder is provided by the application")
};

struct EvidenceRecorderForeign {
    Q_GADGET
    QML_FOREIGN(EvidenceRecorder)
    QML_NAMED_ELEMENT(EvidenceRecorder)
    QML_UNCREATABLE("EvidenceRecorder is provided by the application")
};

struct EvidenceListModelForeign {
    Q_GADGET
    QML_FOREIGN(EvidenceListModel)
    QML_NAMED_ELEMENT(EvidenceListModel)
    QML_UNCREATABLE("EvidenceListModel is provided by the application")
};

struct RingelmannSessionForeign {
    Q_GADGET
    QML_FOREIGN(RingelmannSession)
    QML_NAMED_ELEMENT(RingelmannSession)
    QML_UNCREATABLE("RingelmannSession is provided by the application")
};

struct NoiseFormForeign {
    Q_GADGET
    QML_FOREIGN(NoiseForm)
    QML_NAMED_ELEMENT(NoiseForm)
    QML_UNCREATABLE("NoiseForm is provided by the application")
};

struct InspectionRecordFormForeign {
    Q_GADGET
    QML_FOREIGN(InspectionRecordForm)
    QML_NAMED_ELEMENT(InspectionRecordForm)
    QML_UNCREATABLE("InspectionRecordForm is provided by the application")
};

struct PositionTrackerForeign {
    Q_GADGET
    QML_FOREIGN(PositionTracker)
    QML_NAMED_ELEMENT(PositionTracker)
    QML_UNCREATABLE("PositionTracker is provided by the application")
};
