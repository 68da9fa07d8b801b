import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// One case as the legal reviewer examines it: the facts and the proposed decision with its
// legal basis, the officers and their notes, every piece of evidence (photos with their
// position and time, readings with their computed verdicts, the on-site record) with its
// SHA-256 check, and the procedure so far; then approve, or return with the problems.
Page {
    id: page

    required property ReviewDesk desk
    required property EvidenceListModel evidenceList
    required property string caseId

    signal back()

    // Sized by the stack; a fixed implicit width keeps the wrapping text from feeding back.
    implicitWidth: 800
    implicitHeight: 600

    readonly property var dossier: desk.dossier
    readonly property bool loaded: dossier.caseId === caseId

    Component.onCompleted: {
        evidenceList.caseId = caseId
        desk.open(caseId)
    }

    Connections {
        target: page.desk
        function onDossierChanged() { page.evidenceList.reload() }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("Back")
                implicitHeight: 48
                Layout.minimumWidth: 48
                onClicked: page.back()
            }
            Label {
                text: page.loaded ? page.dossier.number : qsTr("Case file")
                font.pixelSize: 20
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width - 32
            x: 16
            spacing: 8

            BusyIndicator {
                running: page.desk.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                objectName: "deskError"
                visible: page.desk.errorText.length > 0
                text: page.desk.errorText
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            ColumnLayout {
                visible: page.loaded
                Layout.fillWidth: true
                spacing: 6

                Label {
                    text: page.dossier.title || ""
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: (page.dossier.enterpriseName || "") + "  " + (page.dossier.enterpriseCode || "")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Stage: %1 · officers: %2").arg(page.dossier.statusText || "").arg(page.dossier.officers || "")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Label { text: qsTr("Proposed decision"); font.bold: true; font.pixelSize: 18; Layout.topMargin: 8 }
                Label {
                    objectName: "noProposal"
                    visible: !page.dossier.hasProposal
                    text: qsTr("No decision proposed yet.")
                }
                GridLayout {
                    objectName: "proposal"
                    visible: !!page.dossier.hasProposal
                    columns: 2
                    columnSpacing: 12
                    Layout.fillWidth: true
                    Label { text: qsTr("Facts"); font.bold: true; Layout.alignment: Qt.AlignTop }
                    Label { objectName: "facts"; text: page.dossier.facts || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Violation"); font.bold: true }
                    Label { text: page.dossier.violationType || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Penalty"); font.bold: true; Layout.alignment: Qt.AlignTop }
                    Label {
                        text: (page.dossier.fineText || "") + (page.dossier.measures ? "; " + page.dossier.measures : "")
                              + (page.dossier.criminalReferral ? "; " + qsTr("criminal referral") : "")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Legal basis"); font.bold: true; Layout.alignment: Qt.AlignTop }
                    Label { objectName: "legalBasis"; text: page.dossier.legalBasis || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Party"); font.bold: true }
                    Label {
                        text: (page.dossier.party || "") + (page.dossier.hearingRequested ? "; " + qsTr("asked for a hearing") : "")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                Label {
                    objectName: "evidenceSummary"
                    text: qsTr("Evidence: %1 of %2 verified").arg(page.dossier.verifiedCount || 0).arg(page.dossier.evidenceCount || 0)
                    font.bold: true
                    font.pixelSize: 18
                    Layout.topMargin: 8
                }
                Repeater {
                    objectName: "dossierEvidence"
                    model: page.evidenceList
                    delegate: EvidenceDelegate {
                        verification: page.loaded && page.dossier.verification
                                      ? (page.dossier.verification[itemId] || "") : ""
                        Layout.fillWidth: true
                    }
                }

                Label { text: qsTr("Notes"); font.bold: true; font.pixelSize: 18; Layout.topMargin: 8 }
                Repeater {
                    model: page.dossier.notes || []
                    delegate: Label {
                        required property var modelData
                        text: modelData.time + "  " + modelData.author + "：" + modelData.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                Label { text: qsTr("Procedure so far"); font.bold: true; font.pixelSize: 18; Layout.topMargin: 8 }
                Repeater {
                    model: page.dossier.history || []
                    delegate: Label {
                        required property var modelData
                        text: modelData.time + "  " + modelData.actor + "  " + modelData.step
                              + (modelData.detail ? "：" + modelData.detail : "")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                Label {
                    visible: !page.dossier.inReview
                    text: qsTr("This case is not waiting for legal review.")
                    font.bold: true
                    Layout.topMargin: 8
                }
                ColumnLayout {
                    visible: !!page.dossier.inReview
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    Label { text: qsTr("Opinion, or the problems to fix"); font.bold: true }
                    TextArea {
                        id: opinion
                        objectName: "opinion"
                        placeholderText: qsTr("Write the problems when returning the case")
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.minimumHeight: 96
                    }
                    Flow {
                        spacing: 8
                        Layout.fillWidth: true
                        Button {
                            objectName: "approveButton"
                            text: qsTr("Approve")
                            implicitHeight: 48
                            enabled: !page.desk.busy
                            onClicked: page.desk.approve(opinion.text)
                        }
                        Button {
                            objectName: "returnButton"
                            text: qsTr("Return with problems")
                            implicitHeight: 48
                            enabled: !page.desk.busy && opinion.text.trim().length > 0
                            onClicked: page.desk.returnCase(opinion.text)
                        }
                    }
                }
            }
        }
    }
}
