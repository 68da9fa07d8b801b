import QtQuick
import QtQuick.Controls
import FieldCase

// The window: sign-in until a store is unlocked, then the task list, a task's details
// and the capture pages.
ApplicationWindow {
    id: window

    required property AppServices services

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
        target: window.services.session
        function onStateChanged() {
            const state = window.services.session.state
            if (state === Session.SignedIn && !(stack.currentItem instanceof TaskListPage)
                    && stack.depth === 1) {
                stack.replace(null, taskListComponent)
            } else if (state === Session.SignedOut && !(stack.currentItem instanceof SignInPage)) {
                stack.replace(null, signInComponent)
            }
        }
    }

    Component {
        id: signInComponent
        SignInPage {
            session: window.services.session
        }
    }

    Component {
        id: taskListComponent
        TaskListPage {
            session: window.services.session
            sync: window.services.sync
            tasks: window.services.tasks
            onOpenTask: task => stack.push(taskDetailComponent, task)
        }
    }

    Component {
        id: taskDetailComponent
        TaskDetailPage {
            notes: window.services.notes
            recorder: window.services.recorder
            sync: window.services.sync
            evidenceList: window.services.evidenceList
            onBack: stack.pop()
            onOpenCapture: (kind, caseId) => {
                const pages = {photo: photoComponent, ringelmann: ringelmannComponent,
                               noise: noiseComponent, record: recordComponent}
                stack.push(pages[kind], {caseId: caseId})
            }
        }
    }

    Component {
        id: photoComponent
        PhotoPage {
            evidence: window.services.evidence
            position: window.services.position
            onBack: stack.pop()
        }
    }

    Component {
        id: ringelmannComponent
        RingelmannPage {
            session: window.services.ringelmann
            position: window.services.position
            onBack: stack.pop()
        }
    }

    Component {
        id: noiseComponent
        NoisePage {
            form: window.services.noise
            position: window.services.position
            onBack: stack.pop()
        }
    }

    Component {
        id: recordComponent
        InspectionRecordPage {
            form: window.services.inspection
            onBack: stack.pop()
        }
    }
}
