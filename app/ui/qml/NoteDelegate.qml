import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One note with its author, time and whether the server has it.
Frame {
    id: delegate

    required property string text
    required property string authorName
    required property date createdAt
    required property string state
    required property string reason

    function stateText() {
        if (state === "synced")
            return qsTr("Synced")
        if (state === "rejected")
            return qsTr("Rejected by the server: %1").arg(reason)
        return qsTr("Waiting to be sent")
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: delegate.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: delegate.authorName + "  ·  " + Qt.formatDateTime(delegate.createdAt, "yyyy-MM-dd hh:mm")
                  + "  ·  " + delegate.stateText()
            color: delegate.state === "rejected" ? "#b00020" : palette.text
            opacity: 0.8
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
