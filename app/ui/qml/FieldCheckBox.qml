import QtQuick
import QtQuick.Controls

// A check box a gloved finger can hit: the whole row, at least 48 px high.
CheckBox {
    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
}
