import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import FieldCase

// Taking a photo as evidence: the camera where there is one, an image file elsewhere.
// The photo never touches the disk in plaintext; it is stamped, tagged and encrypted.
Page {
    id: page

    required property EvidenceRecorder evidence
    required property PositionTracker position
    required property string caseId
    property string lastId
    property alias importDialog: fileDialog

    signal back()

    header: CapturePageHeader {
        title: qsTr("Photo evidence")
        onBack: page.back()
    }

    MediaDevices {
        id: devices
    }

    readonly property bool hasCamera: devices.videoInputs.length > 0

    // The camera pipeline exists only where there is a camera (Qt 6.4's GStreamer backend
    // can hang tearing down a capture session that never had one).
    Component {
        id: cameraComponent
        Item {
            function capture() { imageCapture.capture() }
            CaptureSession {
                camera: Camera {
                    active: page.visible
                }
                imageCapture: ImageCapture {
                    id: imageCapture
                    onImageCaptured: (requestId, image) => page.keep(page.evidence.addCameraImage(page.caseId, image, description.text))
                }
                videoOutput: viewfinder
            }
            VideoOutput {
                id: viewfinder
                anchors.fill: parent
            }
        }
    }

    function keep(id) {
        if (id.length > 0) {
            lastId = id
            description.clear()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose an image")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png)")]
        // On a worker thread: a large photo takes a while; the page may be left meanwhile.
        onAccepted: page.evidence.importPhotoInBackground(page.caseId, selectedFile, description.text)
    }

    Connections {
        target: page.evidence
        function onImported(id) { page.keep(id) }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        PositionStatus {
            tracker: page.position
            Layout.fillWidth: true
        }
        Loader {
            id: camera
            active: page.hasCamera
            visible: active
            sourceComponent: cameraComponent
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Image {
            objectName: "lastPhoto"
            visible: !page.hasCamera
            source: page.lastId.length > 0 ? "image://evidence/" + page.lastId : ""
            fillMode: Image.PreserveAspectFit
            sourceSize.width: 800
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        TextField {
            id: description
            objectName: "descriptionField"
            placeholderText: qsTr("What the photo shows")
            Layout.fillWidth: true
            Layout.preferredHeight: 56
        }
        JobStatus {
            job: page.evidence.job
            Layout.fillWidth: true
        }
        Label {
            objectName: "errorLabel"
            text: page.evidence.errorText
            visible: text.length > 0
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "captureButton"
                text: qsTr("Take photo")
                visible: page.hasCamera
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: camera.item.capture()
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import image file")
                enabled: !page.evidence.job.busy
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: fileDialog.open()
            }
        }
    }
}
