import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// A task: its details, the capture actions, its evidence with sync state, and its notes.
Page {
    id: page

    required property NoteListModel notes
    required property NoteRecorder recorder
    required property SyncController sync
    required property EvidenceListModel evidenceList
    required property string caseId
    property string number
    property string caseTitle
    property string description
    property string enterpriseName
    property string dueDate
    property string assignees

    signal back()
    signal openCapture(string kind, string caseId)

    Component.onCompleted: {
        notes.caseId = caseId
        evidenceList.caseId = caseId
        noteField.text = recorder.draft(caseId)
        noteDraft.cancel()
    }
    // A note being written survives the app going to the background (and being ended
    // there), leaving the page, and a restart: it is kept as a draft in the store.
    DraftKeeper {
        id: noteDraft
        onSave: page.recorder.saveDraft(page.caseId, noteField.text)
    }

    header: CapturePageHeader {
        title: page.caseTitle
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        SyncStatusBar {
            sync: page.sync
            Layout.fillWidth: true
        }
        Label {
            text: page.enterpriseName + "  ·  " + page.number + "\n"
                  + qsTr("Due %1  ·  Officers: %2").arg(page.dueDate).arg(page.assignees)
                  + (page.description.length > 0 ? "\n" + page.description : "")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: width > 600 ? 4 : 2
            Layout.fillWidth: true
            Repeater {
                model: [
                    {kind: "photo", text: qsTr("Photo")},
                    {kind: "ringelmann", text: qsTr("Ringelmann")},
                    {kind: "noise", text: qsTr("Noise")},
                    {kind: "record", text: qsTr("Inspection record")}
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "capture_" + modelData.kind
                    text: modelData.text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: page.openCapture(modelData.kind, page.caseId)
                }
            }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Evidence (%1)").arg(page.evidenceList.count)
                height: 48
            }
            TabButton {
                objectName: "notesTab"
                text: qsTr("Notes (%1)").arg(page.notes.count)
                height: 48
            }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                objectName: "evidenceList"
                model: page.evidenceList
                clip: true
                delegate: EvidenceDelegate {
                    width: ListView.view.width
                }
            }
            ColumnLayout {
                spacing: 8
                ListView {
                    objectName: "noteList"
                    model: page.notes
                    clip: true
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    delegate: NoteDelegate {
                        width: ListView.view.width
                    }
                }
                TextArea {
                    id: noteField
                    objectName: "noteField"
                    placeholderText: qsTr("Write an inspection note…")
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.preferredHeight: 100
                    onTextChanged: noteDraft.changed()
                }
                Label {
                    text: page.recorder.errorText
                    visible: text.length > 0
                    color: "#b00020"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "recordNoteButton"
                    text: qsTr("Record note")
                    highlighted: true
                    enabled: noteField.text.trim().length > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        if (page.recorder.record(page.caseId, noteField.text).length > 0)
                            noteField.clear()
                    }
                }
            }
        }
    }
}
