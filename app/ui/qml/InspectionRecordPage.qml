import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import FieldCase

// The on-site inspection record (现场检查笔录): filled in on the tablet, signed on the
// screen by every officer and the party (or a witness), saved, and printed as a PDF.
Page {
    id: page

    required property InspectionRecordForm form
    required property string caseId

    signal back()

    // A scrolling page takes its size from its container; these only stop the implicit
    // size from depending on itself when it is shown on its own.
    implicitWidth: 800
    implicitHeight: 1000

    Component.onCompleted: form.begin(caseId)

    // What is typed is kept as a draft of the case until it is saved (the form reloads it
    // when the page opens again, even after the app was ended in the background).
    DraftKeeper {
        id: draft
        onSave: page.form.saveDraft()
    }
    Connections {
        target: page.form
        function onChanged() { draft.changed() }
    }

    header: CapturePageHeader {
        title: qsTr("On-site inspection record")
        onBack: page.back()
    }

    SignaturePad {
        id: pad
        property var handler
        onSigned: image => handler(image)
    }

    function sign(signer, handler) {
        pad.signer = signer
        pad.handler = handler
        pad.open()
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: page.form.exportPdfInBackground(selectedFile)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        enabled: page.form.savedId.length === 0

        ColumnLayout {
            width: parent.width - 32
            x: 16
            spacing: 8

            Label { text: qsTr("Party: %1").arg(page.form.partyName); font.bold: true }
            TextField {
                objectName: "placeField"
                text: page.form.place
                placeholderText: qsTr("Place")
                onEditingFinished: page.form.place = text
                Layout.fillWidth: true
                Layout.preferredHeight: 48
            }
            FieldCheckBox {
                objectName: "credentialsBox"
                text: qsTr("The officers showed their enforcement certificates")
                checked: page.form.credentialsShown
                onToggled: page.form.credentialsShown = checked
            }
            FieldCheckBox {
                objectName: "rightsBox"
                text: qsTr("The right to ask for recusal and the duty to cooperate were explained")
                checked: page.form.rightsExplained
                onToggled: page.form.rightsExplained = checked
            }
            TextArea {
                objectName: "findingsField"
                text: page.form.findings
                placeholderText: qsTr("Findings")
                wrapMode: TextEdit.Wrap
                onEditingFinished: page.form.findings = text
                Layout.fillWidth: true
                Layout.preferredHeight: 160
            }
            Label { text: qsTr("Officers"); font.bold: true }
            Repeater {
                model: page.form.officers
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("%1 (certificate %2)").arg(modelData.name).arg(modelData.certificateNo)
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "signOfficer" + index
                        text: modelData.signed ? qsTr("Signed ✓") : qsTr("Sign")
                        Layout.preferredHeight: 56
                        Layout.preferredWidth: 160
                        onClicked: page.sign(modelData.name, image => page.form.signOfficer(index, image))
                    }
                }
            }
            FieldCheckBox {
                objectName: "refusedBox"
                text: qsTr("The party refuses to sign or is absent")
                checked: page.form.partyRefusedOrAbsent
                onToggled: page.form.partyRefusedOrAbsent = checked
            }
            GridLayout {
                columns: 3
                Layout.fillWidth: true
                visible: !page.form.partyRefusedOrAbsent
                TextField {
                    objectName: "representativeField"
                    text: page.form.partyRepresentative
                    placeholderText: qsTr("Person present for the party")
                    onEditingFinished: page.form.partyRepresentative = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                TextField {
                    text: page.form.partyRepresentativeRole
                    placeholderText: qsTr("Their position")
                    onEditingFinished: page.form.partyRepresentativeRole = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                Button {
                    objectName: "signParty"
                    text: page.form.partySigned ? qsTr("Signed ✓") : qsTr("Party signs")
                    Layout.preferredHeight: 56
                    onClicked: page.sign(page.form.partyRepresentative, image => page.form.signParty(image))
                }
            }
            GridLayout {
                columns: 3
                Layout.fillWidth: true
                visible: page.form.partyRefusedOrAbsent
                TextField {
                    text: page.form.refusalNote
                    placeholderText: qsTr("Why the party does not sign")
                    onEditingFinished: page.form.refusalNote = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                TextField {
                    text: page.form.witnessName
                    placeholderText: qsTr("Witness")
                    onEditingFinished: page.form.witnessName = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                Button {
                    text: page.form.witnessSigned ? qsTr("Signed ✓") : qsTr("Witness signs")
                    Layout.preferredHeight: 56
                    onClicked: page.sign(page.form.witnessName, image => page.form.signWitness(image))
                }
            }
            Label {
                objectName: "problemsLabel"
                text: page.form.problems.length > 0 ? qsTr("Still missing:") + "\n• " + page.form.problems.join("\n• ") : ""
                visible: text.length > 0
                color: "#8a5300"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: page.form.errorText
                visible: text.length > 0
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save the record")
                highlighted: true
                enabled: page.form.problems.length === 0
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: page.form.save()
            }
        }
    }

    property string exportedPath
    Connections {
        target: page.form
        function onExported(path) { page.exportedPath = path }
    }

    footer: ToolBar {
        visible: page.form.savedId.length > 0
        RowLayout {
            anchors.fill: parent
            JobStatus {
                job: page.form.job
                Layout.leftMargin: 16
            }
            Label {
                objectName: "exportLabel"
                text: page.exportedPath.length > 0
                      ? qsTr("PDF saved to %1. It is not encrypted: keep it safe.").arg(page.exportedPath)
                      : qsTr("Saved. The exported PDF is not encrypted: keep it safe.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export PDF for printing")
                Layout.preferredHeight: 56
                enabled: !page.form.job.busy
                onClicked: exportDialog.open()
            }
        }
    }
}
