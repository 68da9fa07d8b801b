import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// A Ringelmann smoke observation (HJ/T 398-2007): confirm the conditions, start the
// clock, tap the grade seen over each 15 s (or 30 s), and save the whole observation.
Page {
    id: page

    required property RingelmannSession session
    required property PositionTracker position
    required property string caseId

    signal back()

    // A scrolling page takes its size from its container; these only stop the implicit
    // size from depending on itself when it is shown on its own.
    implicitWidth: 800
    implicitHeight: 1000

    Component.onCompleted: {
        session.reset()
        session.caseId = caseId
    }

    header: CapturePageHeader {
        title: qsTr("Ringelmann smoke observation")
        onBack: page.back()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 12

            PositionStatus {
                tracker: page.position
                Layout.fillWidth: true
                Layout.margins: 16
            }
            GroupBox {
                title: qsTr("Conditions (HJ/T 398-2007)")
                enabled: !page.session.running
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                GridLayout {
                    anchors.fill: parent
                    columns: width > 700 ? 2 : 1
                    Repeater {
                        model: [
                            {key: "daylight", text: qsTr("Daylight")},
                            {key: "sunBehindOrBeside", text: qsTr("Sun beside or behind the observer")},
                            {key: "plainBackground", text: qsTr("No dark background behind the plume")},
                            {key: "plumeFreeOfSteam", text: qsTr("Plume free of steam")},
                            {key: "elevationAtMost45", text: qsTr("Line of sight at most 45° up")},
                            {key: "windAtMost4_5", text: qsTr("Wind at most 4.5 m/s")},
                            {key: "noRainOrFog", text: qsTr("No rain or fog")}
                        ]
                        delegate: FieldCheckBox {
                            required property var modelData
                            text: modelData.text
                            checked: page.session.conditions[modelData.key] === true
                            implicitHeight: 48
                            onToggled: {
                                const c = page.session.conditions
                                c[modelData.key] = checked
                                page.session.conditions = c
                            }
                        }
                    }
                }
            }
            GridLayout {
                columns: 4
                enabled: !page.session.running
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Label { text: qsTr("Stack") }
                TextField {
                    objectName: "stackField"
                    text: page.session.stack
                    onEditingFinished: page.session.stack = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                Label { text: qsTr("Distance (m)") }
                SpinBox {
                    from: 0; to: 2000; editable: true
                    value: page.session.distanceMeters
                    onValueModified: page.session.distanceMeters = value
                    Layout.preferredHeight: 48
                }
                Label { text: qsTr("Bearing (°)") }
                SpinBox {
                    from: 0; to: 359; editable: true
                    value: page.session.bearingDegrees
                    onValueModified: page.session.bearingDegrees = value
                    Layout.preferredHeight: 48
                }
                Label { text: qsTr("Sky") }
                TextField {
                    text: page.session.sky
                    onEditingFinished: page.session.sky = text
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                }
                FieldCheckBox {
                    objectName: "overcastBox"
                    text: qsTr("Overcast (readings are taken as seen, not adjusted)")
                    checked: page.session.overcast
                    onToggled: page.session.overcast = checked
                    Layout.columnSpan: 2
                }
                Label { text: qsTr("Reading every") }
                ComboBox {
                    model: [qsTr("15 s"), qsTr("30 s (very steady source)")]
                    currentIndex: page.session.cadenceSeconds === 30 ? 1 : 0
                    onActivated: index => page.session.cadenceSeconds = index === 1 ? 30 : 15
                    Layout.preferredHeight: 48
                }
            }
            Label {
                text: page.session.running
                      ? qsTr("%1:%2 observed · %n reading(s) · next in %3 s", "", page.session.readingCount)
                        .arg(Math.floor(page.session.elapsedSeconds / 60)).arg(("0" + page.session.elapsedSeconds % 60).slice(-2))
                        .arg(page.session.secondsToNextReading)
                      : (page.session.conditionsConfirmed ? qsTr("Ready to start")
                                                          : qsTr("Confirm every condition before starting"))
                font.bold: true
                Layout.leftMargin: 16
            }
            Button {
                objectName: "startButton"
                text: qsTr("Start observation")
                visible: !page.session.running
                enabled: page.session.conditionsConfirmed
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                onClicked: page.session.start()
            }
            GridLayout {
                objectName: "gradePad"
                visible: page.session.running
                columns: 7
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Repeater {
                    model: 21
                    delegate: Button {
                        required property int index
                        objectName: "grade" + index
                        text: (index / 4).toString()
                        font.bold: index % 4 === 0
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                        onClicked: page.session.addReading(index / 4)
                    }
                }
            }
            Label {
                objectName: "gradeLabel"
                text: page.session.readingCount > 0 ? page.session.gradeText + "\n" + page.session.explanation : ""
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: 20
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                objectName: "errorLabel"
                text: page.session.errorText
                visible: text.length > 0
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Finish and save")
                enabled: page.session.readingCount > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                Layout.margins: 16
                onClicked: {
                    if (page.session.save().length > 0)
                        page.back()
                }
            }
        }
    }
}
