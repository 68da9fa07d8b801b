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
            ProgressBar {
                objectName: "syncProgress"
                visible: bar.sync.busy && bar.sync.phase === "upload" && bar.sync.bytesTotal > 0
                from: 0
                to: Math.max(1, bar.sync.bytesTotal)
                value: bar.sync.bytesDone
                Layout.fillWidth: true
            }
            Label {
                objectName: "syncProgressLabel"
                visible: bar.sync.busy && bar.sync.phase.length > 0
                text: {
                    if (bar.sync.phase === "upload")
                        return qsTr("Uploading file %1 of %2 · %3 of %4 MB")
                            .arg(Math.min(bar.sync.itemsDone + 1, bar.sync.itemsTotal)).arg(bar.sync.itemsTotal)
                            .arg((bar.sync.bytesDone / 1048576).toFixed(1)).arg((bar.sync.bytesTotal / 1048576).toFixed(1))
                    if (bar.sync.phase === "push")
                        return qsTr("Sending %1 of %2 records").arg(bar.sync.itemsDone).arg(bar.sync.itemsTotal)
                    return qsTr("Receiving: %1 changes").arg(bar.sync.itemsDone)
                }
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
