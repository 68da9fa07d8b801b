import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// A boundary noise measurement (GB 12348-2008) with the verdict shown as it is entered.
Page {
    id: page

    required property NoiseForm form
    required property PositionTracker position
    required property string caseId

    signal back()

    // A scrolling page takes its size from its container; these only stop the implicit
    // size from depending on itself when it is shown on its own.
    implicitWidth: 800
    implicitHeight: 1000

    Component.onCompleted: form.caseId = caseId

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
        title: qsTr("Boundary noise measurement")
        onBack: page.back()
    }

    component Decibels: TextField {
        property real value: NaN
        signal edited(real value)
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        text: isNaN(value) ? "" : value.toString()
        validator: DoubleValidator { bottom: -1000; top: 1000; decimals: 1 }
        onEditingFinished: edited(text.length > 0 ? Number(text) : NaN)
        Layout.fillWidth: true
        Layout.preferredHeight: 48
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            width: parent.width - 32
            x: 16
            columns: 2
            columnSpacing: 12
            rowSpacing: 8

            PositionStatus {
                tracker: page.position
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
            Label { text: qsTr("Meter model") }
            TextField {
                objectName: "meterModelField"
                text: page.form.meterModel
                onEditingFinished: page.form.meterModel = text
                Layout.fillWidth: true
                Layout.preferredHeight: 48
            }
            Label { text: qsTr("Meter serial") }
            TextField {
                objectName: "meterSerialField"
                text: page.form.meterSerial
                onEditingFinished: page.form.meterSerial = text
                Layout.fillWidth: true
                Layout.preferredHeight: 48
            }
            Label { text: qsTr("Meter class") }
            ComboBox {
                model: [qsTr("Class 1"), qsTr("Class 2")]
                currentIndex: page.form.meterClass - 1
                onActivated: index => page.form.meterClass = index + 1
                Layout.preferredHeight: 48
            }
            Label { text: qsTr("Calibration before (dB)") }
            Decibels {
                objectName: "calibrationBeforeField"
                value: page.form.calibrationBefore
                onEdited: v => page.form.calibrationBefore = v
            }
            Label { text: qsTr("Calibration after (dB)") }
            Decibels {
                objectName: "calibrationAfterField"
                value: page.form.calibrationAfter
                onEdited: v => page.form.calibrationAfter = v
            }
            Label { text: qsTr("Measurement point") }
            TextField {
                objectName: "pointField"
                text: page.form.point
                placeholderText: qsTr("e.g. 1 m outside the east fence, 1.2 m high")
                onEditingFinished: page.form.point = text
                Layout.fillWidth: true
                Layout.preferredHeight: 48
            }
            Label { text: qsTr("Zone class (GB 12348)") }
            SpinBox {
                from: 0; to: 4
                value: page.form.zoneClass
                onValueModified: page.form.zoneClass = value
                Layout.preferredHeight: 48
            }
            FieldCheckBox {
                text: qsTr("Measured indoors (boundary within 1 m of a sensitive building)")
                checked: page.form.indoor
                onToggled: page.form.indoor = checked
                Layout.columnSpan: 2
            }
            Label { text: qsTr("Measured Leq dB(A)") }
            Decibels {
                objectName: "leqField"
                value: page.form.measuredLeq
                onEdited: v => page.form.measuredLeq = v
            }
            Label { text: qsTr("or samples") }
            TextField {
                objectName: "samplesField"
                placeholderText: qsTr("equal-length levels, e.g. 65.2 66.0 64.8")
                onEditingFinished: if (text.length > 0) page.form.setMeasuredFromSamples(text)
                Layout.fillWidth: true
                Layout.preferredHeight: 48
            }
            Label { text: qsTr("Background Leq dB(A)") }
            Decibels {
                objectName: "backgroundField"
                value: page.form.backgroundLeq
                onEdited: v => page.form.backgroundLeq = v
            }
            Label { text: qsTr("Night Lmax dB(A)") }
            Decibels {
                objectName: "lmaxField"
                value: page.form.nightLmax
                placeholderText: qsTr("empty if none")
                onEdited: v => page.form.nightLmax = v
            }
            FieldCheckBox {
                text: qsTr("Sporadic noise (otherwise frequent)")
                checked: page.form.sporadic
                onToggled: page.form.sporadic = checked
                Layout.columnSpan: 2
            }
            Label {
                objectName: "verdictLabel"
                text: page.form.verdictText
                color: page.form.valid ? palette.text : "#b00020"
                font.bold: true
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
            Label {
                objectName: "errorLabel"
                text: page.form.errorText
                visible: text.length > 0
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save measurement")
                highlighted: true
                Layout.columnSpan: 2
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: {
                    if (page.form.save().length > 0)
                        page.back()
                }
            }
        }
    }
}
