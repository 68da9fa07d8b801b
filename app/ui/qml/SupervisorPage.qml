import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// The supervisor's desk: cases that need someone (unassigned or overdue) with the
// assignment of two or more officers, the deadlines ahead, each officer's workload, edits
// kept as conflicts, and the blacklist. Read from the server; the supervisor's own tasks
// (they are an enforcement officer too) are one button away.
Page {
    id: page

    required property Session session
    required property SyncController sync
    required property SupervisorDesk desk
    required property Preferences preferences

    signal openTasks()

    Component.onCompleted: desk.refresh()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            Label {
                text: qsTr("Supervision")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: page.session.displayName
            }
            ToolButton {
                objectName: "myTasksButton"
                text: qsTr("My tasks")
                implicitHeight: 48
                onClicked: page.openTasks()
            }
            ToolButton {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                implicitHeight: 48
                enabled: !page.desk.busy
                onClicked: page.desk.refresh()
            }
            HighContrastButton {
                preferences: page.preferences
            }
            ToolButton {
                text: qsTr("Sign out")
                implicitHeight: 48
                onClicked: page.session.signOut()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SyncStatusBar {
            sync: page.sync
            Layout.fillWidth: true
        }

        Label {
            objectName: "deskError"
            visible: page.desk.errorText.length > 0
            text: page.desk.errorText
            color: "#b00020"
            wrapMode: Text.Wrap
            padding: 12
            Layout.fillWidth: true
        }

        BusyIndicator {
            running: page.desk.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        TabBar {
            id: tabs
            objectName: "supervisorTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("To act on (%1)").arg(page.desk.attention.length); implicitHeight: 48 }
            TabButton { text: qsTr("Deadlines"); implicitHeight: 48 }
            TabButton { text: qsTr("Workload"); implicitHeight: 48 }
            TabButton { text: qsTr("Conflicts (%1)").arg(page.desk.conflicts.length); implicitHeight: 48 }
            TabButton { text: qsTr("Blacklist"); implicitHeight: 48 }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            DeskList {
                objectName: "attentionList"
                model: page.desk.attention
                emptyText: qsTr("Every open case has two officers and nothing is overdue.")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    contentItem: RowLayout {
                        spacing: 12
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label {
                                text: modelData.number + "  " + modelData.title
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: modelData.enterpriseName + " · " + modelData.statusText + " · "
                                      + qsTr("due %1").arg(modelData.dueDate)
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: modelData.unassigned
                                      ? (modelData.assigneeNames.length > 0
                                         ? qsTr("Only %1: a case needs two officers").arg(modelData.assigneeNames)
                                         : qsTr("Not assigned"))
                                      : qsTr("Officers: %1").arg(modelData.assigneeNames)
                                color: modelData.unassigned ? "#b00020" : palette.windowText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: modelData.overdue
                                text: qsTr("Overdue: %1").arg(modelData.overdueText)
                                color: "#b00020"
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "assignButton"
                            text: qsTr("Assign")
                            implicitHeight: 48
                            enabled: !page.desk.busy
                            onClicked: assignDialog.openFor(modelData)
                        }
                    }
                }
            }

            DeskList {
                objectName: "deadlineList"
                model: page.desk.deadlines
                emptyText: qsTr("No deadlines ahead.")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    contentItem: ColumnLayout {
                        Label {
                            text: modelData.dueOn + "  " + modelData.kindText
                                  + (modelData.overdue ? "  " + qsTr("overdue") : "")
                            font.bold: true
                            color: modelData.overdue ? "#b00020" : palette.windowText
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.caseTitle
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            DeskList {
                objectName: "workloadList"
                model: page.desk.workload
                emptyText: qsTr("No officers in this jurisdiction.")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    contentItem: RowLayout {
                        Label {
                            text: modelData.name
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%n open case(s)", "", modelData.openCases)
                        }
                        Label {
                            visible: modelData.overdueCases > 0
                            text: qsTr("%n overdue", "", modelData.overdueCases)
                            color: "#b00020"
                        }
                    }
                }
            }

            DeskList {
                objectName: "conflictList"
                model: page.desk.conflicts
                emptyText: qsTr("No conflicting edits.")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    contentItem: ColumnLayout {
                        Label {
                            text: qsTr("%1 changed by %2 on a device while the server's changed too")
                                  .arg(modelData.fieldText).arg(modelData.proposedBy)
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Server: %1").arg(modelData.serverValue)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Device: %1").arg(modelData.proposedValue)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Flow {
                            spacing: 8
                            Layout.fillWidth: true
                            Button {
                                objectName: "keepServerButton"
                                text: qsTr("Keep the server's")
                                implicitHeight: 48
                                enabled: !page.desk.busy
                                onClicked: page.desk.resolveConflict(modelData.id, modelData.serverValue)
                            }
                            Button {
                                objectName: "takeDeviceButton"
                                text: qsTr("Take the device's")
                                implicitHeight: 48
                                enabled: !page.desk.busy
                                onClicked: page.desk.resolveConflict(modelData.id, modelData.proposedValue)
                            }
                        }
                    }
                }
            }

            DeskList {
                objectName: "blacklistList"
                model: page.desk.blacklist
                emptyText: qsTr("No enterprise is on the blacklist.")
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    contentItem: ColumnLayout {
                        Label {
                            text: modelData.enterpriseName + "  " + modelData.enterpriseCode
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%1 (decision %2)").arg(modelData.reason).arg(modelData.caseNumber)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Listed %1, until %2").arg(modelData.listedOn).arg(modelData.endsOn)
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    AssignDialog {
        id: assignDialog
        desk: page.desk
        anchors.centerIn: parent
    }
}
