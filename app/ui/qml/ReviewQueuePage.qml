import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// The legal reviewer's queue: the cases waiting for legal review before their decision.
Page {
    id: page

    required property Session session
    required property SyncController sync
    required property ReviewDesk desk
    required property Preferences preferences

    signal openDossier(string caseId)

    Component.onCompleted: desk.refresh()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            Label {
                text: qsTr("Legal review")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: page.session.displayName
            }
            ToolButton {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                implicitHeight: 48
                enabled: !page.desk.busy
                onClicked: page.desk.refresh()
            }
            HighContrastButton {
                preferences: page.preferences
            }
            ToolButton {
                text: qsTr("Sign out")
                implicitHeight: 48
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

        Label {
            objectName: "deskError"
            visible: page.desk.errorText.length > 0
            text: page.desk.errorText
            color: "#b00020"
            wrapMode: Text.Wrap
            padding: 12
            Layout.fillWidth: true
        }

        DeskList {
            objectName: "reviewQueue"
            model: page.desk.queue
            emptyText: page.desk.busy ? qsTr("Reading the queue…") : qsTr("No case is waiting for legal review.")
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                height: Math.max(72, implicitHeight)
                onClicked: page.openDossier(modelData.caseId)
                contentItem: ColumnLayout {
                    Label {
                        text: modelData.number + "  " + modelData.title
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.enterpriseName + " · " + qsTr("due %1").arg(modelData.dueDate)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
