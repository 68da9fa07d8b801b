import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldCase

// Sign-in and unlock: works offline for a user whose records are on this device.
Page {
    id: page

    required property Session session
    required property Preferences preferences
    readonly property bool working: session.state === Session.Working

    function submit() {
        if (!working)
            session.signIn(usernameField.text, passwordField.text)
    }

    HighContrastButton {
        preferences: page.preferences
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 8
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 16

        Label {
            text: qsTr("FieldCase")
            font.pixelSize: 32
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Field enforcement records")
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: usernameField
            objectName: "usernameField"
            placeholderText: qsTr("User name")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            enabled: !page.working
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onAccepted: passwordField.forceActiveFocus()
        }
        TextField {
            id: passwordField
            objectName: "passwordField"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            enabled: !page.working
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onAccepted: page.submit()
        }
        Button {
            objectName: "signInButton"
            text: page.working ? qsTr("Signing in…") : qsTr("Sign in")
            enabled: !page.working && usernameField.text.length > 0 && passwordField.text.length > 0
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: page.submit()
        }
        BusyIndicator {
            running: page.working
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "errorLabel"
            text: page.session.errorText
            visible: text.length > 0
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
