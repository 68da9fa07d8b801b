import QtQuick
import QtQuick.Controls
import FieldCase

// The window: sign-in until a store is unlocked, then the task list and task details.
ApplicationWindow {
    id: window

    required property Session session
    required property SyncController sync
    required property TaskListModel tasks
    required property NoteListModel notes
    required property NoteRecorder recorder

    width: 1024
    height: 768
    visible: true
    title: qsTr("FieldCase")

    font.pixelSize: 18

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: signInComponent
    }

    Connections {
        target: window.session
        function onStateChanged() {
            if (window.session.state === Session.SignedIn && stack.depth === 1
                    && !(stack.currentItem instanceof TaskListPage)) {
                stack.replace(null, taskListComponent)
            } else if (window.session.state === Session.SignedOut
                       && !(stack.currentItem instanceof SignInPage)) {
                stack.replace(null, signInComponent)
            }
        }
    }

    Component {
        id: signInComponent
        SignInPage {
            session: window.session
        }
    }

    Component {
        id: taskListComponent
        TaskListPage {
            session: window.session
            sync: window.sync
            tasks: window.tasks
            onOpenTask: task => stack.push(taskDetailComponent, task)
        }
    }

    Component {
        id: taskDetailComponent
        TaskDetailPage {
            notes: window.notes
            recorder: window.recorder
            sync: window.sync
            onBack: stack.pop()
        }
    }
}
