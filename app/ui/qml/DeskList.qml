import QtQuick
import QtQuick.Controls

// A list of the desk's items with a sentence when it is empty.
ListView {
    id: list

    property string emptyText

    clip: true
    spacing: 2
    ScrollBar.vertical: ScrollBar {}

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: list.emptyText
        wrapMode: Text.Wrap
        width: parent.width - 48
        horizontalAlignment: Text.AlignHCenter
    }
}
