import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One task in the list: title, enterprise, due date, officers, and unsent notes.
ItemDelegate {
    id: delegate

    required property string caseId
    required property string number
    required property string title
    required property string description
    required property string enterpriseName
    required property string dueDate
    required property string assignees
    required property int noteCount
    required property int pendingNotes
    required property string distanceText  // empty without a fix or a known site

    height: Math.max(88, content.implicitHeight + 24)

    contentItem: ColumnLayout {
        id: content
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: delegate.title
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "distanceLabel"
                visible: delegate.distanceText.length > 0
                text: qsTr("%1 away").arg(delegate.distanceText)
                font.bold: true
            }
            Label {
                text: qsTr("Due %1").arg(delegate.dueDate)
            }
        }
        Label {
            text: delegate.enterpriseName + "  ·  " + delegate.number
            opacity: 0.8
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Officers: %1").arg(delegate.assignees)
                  + (delegate.pendingNotes > 0 ? "  ·  " + qsTr("%n note(s) not yet sent", "", delegate.pendingNotes) : "")
            opacity: 0.8
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
