import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// The signed-in user's tasks, nearest due date first, with the sync status always in view.
Page {
    id: page

    required property Session session
    required property SyncController sync
    required property TaskListModel tasks
    required property Preferences preferences

    signal openTask(var task)

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            Label {
                text: qsTr("My tasks")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: page.session.displayName
            }
            HighContrastButton {
                preferences: page.preferences
            }
            ToolButton {
                text: qsTr("Sign out")
                Layout.preferredHeight: 48
                onClicked: page.session.signOut()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SyncStatusBar {
            sync: page.sync
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "taskList"
            model: page.tasks
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: TaskDelegate {
                width: ListView.view.width
                onClicked: page.openTask({
                    caseId: caseId, number: number, caseTitle: title, description: description,
                    enterpriseName: enterpriseName, dueDate: dueDate, assignees: assignees
                })
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No tasks on this device yet. Sync to fetch your assigned cases.")
                wrapMode: Text.Wrap
                width: parent.width - 48
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
