#pragma once

#include <QtQml/qqml.h>

#include "notelistmodel.h"
#include "noterecorder.h"
#include "session.h"
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
