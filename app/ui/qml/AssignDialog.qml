import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// Assigns a case to two or more certified officers of the jurisdiction (Administrative
// Penalty Law art. 42): the button stays off until two are chosen.
Dialog {
    id: dialog

    required property SupervisorDesk desk
    property var task: ({})
    property var chosen: []

    objectName: "assignDialog"
    title: qsTr("Assign %1").arg(task.number || "")
    modal: true
    width: Math.min(parent ? parent.width - 32 : 480, 480)

    function openFor(item) {
        task = item
        chosen = item.assigneeIds ? item.assigneeIds.slice() : []
        open()
    }

    function toggle(id, on) {
        const next = chosen.filter(x => x !== id)
        if (on)
            next.push(id)
        chosen = next
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: dialog.task.title || ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Choose at least two officers.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: dialog.desk.officers
            delegate: FieldCheckBox {
                required property var modelData
                objectName: "officer_" + modelData.id
                text: modelData.name + "  " + modelData.certificateNo
                checked: dialog.chosen.indexOf(modelData.id) >= 0
                onToggled: dialog.toggle(modelData.id, checked)
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                implicitHeight: 48
                onClicked: dialog.close()
            }
            Button {
                objectName: "confirmAssignButton"
                text: qsTr("Assign to %n officer(s)", "", dialog.chosen.length)
                enabled: dialog.chosen.length >= 2 && !dialog.desk.busy
                implicitHeight: 48
                onClicked: {
                    dialog.desk.assign(dialog.task.caseId, dialog.chosen)
                    dialog.close()
                }
            }
        }
    }
}
