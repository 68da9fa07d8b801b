import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// Where a long job is (an import, a PDF): a spinner and its phase while it runs. The job
// belongs to the app, not to the page: leaving the page does not stop it.
RowLayout {
    id: status

    required property BackgroundJob job

    objectName: "jobStatus"
    visible: job.busy
    spacing: 8

    BusyIndicator {
        running: status.job.busy
        Layout.preferredWidth: 40
        Layout.preferredHeight: 40
    }
    Label {
        objectName: "jobProgress"
        text: status.job.progressText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
