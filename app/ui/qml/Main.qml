import QtQuick
import QtQuick.Controls
import FieldCase

// The window: sign-in until a store is unlocked, then each role's own start page (the
// inspector's task list, the supervisor's desk, the legal reviewer's queue), a task's
// details and the capture pages.
ApplicationWindow {
    id: window

    required property AppServices services

    width: 1024
    height: 768
    visible: true
    title: qsTr("FieldCase")

    // High contrast for sunlight: black on white, black text on signal-yellow buttons (flat
    // tool buttons keep black text on white), bold and larger text; the style's own palette
    // otherwise.
    readonly property bool highContrast: services.preferences.highContrast
    font.pixelSize: highContrast ? 20 : 18
    font.bold: highContrast
    palette.window: highContrast ? "#ffffff" : undefined
    palette.windowText: highContrast ? "#000000" : undefined
    palette.base: highContrast ? "#ffffff" : undefined
    palette.alternateBase: highContrast ? "#ffffff" : undefined
    palette.text: highContrast ? "#000000" : undefined
    palette.placeholderText: highContrast ? "#3a3a3a" : undefined
    palette.button: highContrast ? "#ffd600" : undefined
    palette.buttonText: highContrast ? "#000000" : undefined
    palette.brightText: highContrast ? "#ffffff" : undefined
    palette.highlight: highContrast ? "#0000a0" : undefined
    palette.highlightedText: highContrast ? "#ffffff" : undefined
    palette.mid: highContrast ? "#000000" : undefined
    palette.dark: highContrast ? "#000000" : undefined

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: signInComponent
    }

    Connections {
        target: window.services.session
        function onStateChanged() {
            const state = window.services.session.state
            if (state === Session.SignedIn && stack.currentItem instanceof SignInPage) {
                stack.replace(null, window.homeFor(window.services.session.role))
            } else if (state === Session.SignedOut && !(stack.currentItem instanceof SignInPage)) {
                stack.replace(null, signInComponent)
            }
        }
    }

    // The role's start page; a role without a desk of its own (or a build without one)
    // starts at the task list.
    function homeFor(role) {
        if (role === "supervisor" && services.supervisorDesk)
            return supervisorComponent
        if (role === "legal_reviewer" && services.reviewDesk)
            return reviewQueueComponent
        return taskListComponent
    }

    Component {
        id: supervisorComponent
        SupervisorPage {
            session: window.services.session
            sync: window.services.sync
            desk: window.services.supervisorDesk
            preferences: window.services.preferences
            onOpenTasks: stack.push(taskListComponent)
        }
    }

    Component {
        id: reviewQueueComponent
        ReviewQueuePage {
            session: window.services.session
            sync: window.services.sync
            desk: window.services.reviewDesk
            preferences: window.services.preferences
            onOpenDossier: caseId => stack.push(dossierComponent, {caseId: caseId})
        }
    }

    Component {
        id: dossierComponent
        DossierPage {
            desk: window.services.reviewDesk
            evidenceList: window.services.evidenceList
            onBack: stack.pop()
        }
    }

    Component {
        id: signInComponent
        SignInPage {
            session: window.services.session
            preferences: window.services.preferences
        }
    }

    Component {
        id: taskListComponent
        TaskListPage {
            session: window.services.session
            sync: window.services.sync
            tasks: window.services.tasks
            preferences: window.services.preferences
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
