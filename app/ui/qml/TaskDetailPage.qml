import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// A task's details, its notes with their sync state, and recording a new note offline.
Page {
    id: page

    required property NoteListModel notes
    required property NoteRecorder recorder
    required property SyncController sync
    required property string caseId
    property string number
    property string caseTitle
    property string description
    property string enterpriseName
    property string dueDate
    property string assignees

    signal back()

    Component.onCompleted: notes.caseId = caseId

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("Back")
                Layout.preferredHeight: 48
                Layout.preferredWidth: 96
                onClicked: page.back()
            }
            Label {
                text: page.caseTitle
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
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
            text: page.enterpriseName + "  ·  " + page.number
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Due %1  ·  Officers: %2").arg(page.dueDate).arg(page.assignees)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: page.description
            visible: text.length > 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Notes")
            font.bold: true
        }
        ListView {
            id: noteList
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
            Layout.preferredHeight: 120
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
