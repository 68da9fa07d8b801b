import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// Always-visible sync state: unsent items, last sync, the last error, and a sync button.
Pane {
    id: bar

    required property SyncController sync

    padding: 8
    background: Rectangle {
        color: bar.sync.errorText.length > 0 ? "#fff4e5" : "#eef6ee"
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "pendingLabel"
                text: bar.sync.pendingCount > 0
                      ? qsTr("%n item(s) waiting to be sent", "", bar.sync.pendingCount)
                      : qsTr("Everything is sent")
                font.bold: true
            }
            Label {
                text: bar.sync.lastSync.getTime() > 0
                      ? qsTr("Last sync: %1").arg(Qt.formatDateTime(bar.sync.lastSync, "yyyy-MM-dd hh:mm"))
                      : qsTr("Not synced yet")
                opacity: 0.8
            }
            Label {
                objectName: "syncErrorLabel"
                text: bar.sync.errorText
                visible: text.length > 0
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        BusyIndicator {
            running: bar.sync.busy
            visible: running
            Layout.preferredHeight: 48
            Layout.preferredWidth: 48
        }
        Button {
            objectName: "syncButton"
            text: qsTr("Sync")
            enabled: !bar.sync.busy
            Layout.preferredHeight: 48
            Layout.preferredWidth: 120
            onClicked: bar.sync.syncNow()
        }
    }
}
