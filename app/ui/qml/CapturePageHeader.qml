import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The header of a capture page: a large back button and the page's title.
ToolBar {
    id: header

    property string title
    signal back()

    RowLayout {
        anchors.fill: parent
        ToolButton {
            objectName: "backButton"
            text: qsTr("Back")
            Layout.preferredHeight: 56
            Layout.preferredWidth: 96
            onClicked: header.back()
        }
        Label {
            text: header.title
            font.pixelSize: 22
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
