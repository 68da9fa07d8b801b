import QtQuick
import QtQuick.Controls
import FieldCase

// The current GNSS fix as the inspector needs to see it before recording.
Label {
    id: status

    property PositionTracker tracker: null

    objectName: "positionStatus"
    wrapMode: Text.Wrap
    color: !tracker || !tracker.hasFix ? "#b00020" : palette.text
    text: {
        if (!tracker)
            return qsTr("No position source on this device: records are flagged \"no fix\".")
        if (!tracker.hasFix)
            return qsTr("Waiting for a GNSS fix…")
        return qsTr("Fix: %1, %2 (±%3 m, %4 satellites)%5")
            .arg(tracker.latitude.toFixed(6)).arg(tracker.longitude.toFixed(6))
            .arg(isNaN(tracker.accuracy) ? "?" : tracker.accuracy.toFixed(0))
            .arg(tracker.satellites)
            .arg(tracker.simulated ? qsTr(" · replayed") : "")
    }
}
