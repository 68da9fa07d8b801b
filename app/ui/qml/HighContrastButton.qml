import QtQuick
import QtQuick.Controls
import FieldCase

// The switch to the high-contrast theme for sunlight, on the pages a user starts from;
// the choice is kept on the device.
ToolButton {
    id: button

    required property Preferences preferences

    objectName: "highContrastButton"
    text: qsTr("High contrast")
    checkable: true
    checked: preferences.highContrast
    implicitHeight: 48
    onToggled: preferences.highContrast = checked
}
