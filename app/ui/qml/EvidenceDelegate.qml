import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One piece of a case's evidence: a thumbnail for images, what it is, its verdict or
// size, its position flags and whether the server has it.
ItemDelegate {
    id: delegate

    required property string itemId
    required property string kind
    required property string title
    required property string detail
    required property date time
    required property string state
    required property string reason
    required property bool uploaded
    required property bool hasBytes
    required property string flagsText
    // The reviewer's check of the bytes against the recorded SHA-256: verified, mismatch,
    // missing, or empty where no check was made.
    property string verification: ""

    height: Math.max(72, row.implicitHeight + 16)

    function kindText() {
        return {photo: qsTr("Photo"), signature: qsTr("Signature"), document: qsTr("Document"),
                ringelmann: qsTr("Ringelmann"), noise: qsTr("Noise"), record: qsTr("Record")}[kind] || kind
    }

    function stateText() {
        if (state === "rejected")
            return qsTr("Rejected by the server: %1").arg(reason)
        if (state === "pending")
            return qsTr("Waiting to be sent")
        return uploaded ? qsTr("On the server") : qsTr("Record synced, file not yet uploaded")
    }

    contentItem: RowLayout {
        id: row
        spacing: 12
        Image {
            visible: (delegate.kind === "photo" || delegate.kind === "signature") && delegate.hasBytes
            source: visible ? "image://evidence/" + delegate.itemId : ""
            sourceSize.width: 96
            sourceSize.height: 72
            fillMode: Image.PreserveAspectFit
            Layout.preferredWidth: 96
            Layout.preferredHeight: 72
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: delegate.kindText() + (delegate.title.length > 0 ? "  ·  " + delegate.title : "")
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: Qt.formatDateTime(delegate.time, "MM-dd hh:mm") + "  ·  " + delegate.detail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: delegate.flagsText
                visible: text.length > 0
                color: "#8a5300"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: delegate.stateText()
                color: delegate.state === "rejected" ? "#b00020" : palette.text
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "verification"
                visible: delegate.verification.length > 0
                text: delegate.verification === "verified" ? qsTr("SHA-256 verified")
                    : delegate.verification === "mismatch" ? qsTr("SHA-256 does not match: the file is not the one recorded")
                    : qsTr("File not on the server yet")
                color: delegate.verification === "verified" ? "#1b5e20" : "#b00020"
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
