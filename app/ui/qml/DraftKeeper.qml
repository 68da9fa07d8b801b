import QtQuick

// Keeps what is being typed on a page as a draft in the encrypted store: half a second after
// the last change, when the app leaves the foreground (where the system may end it), and when
// the page goes. The page connects `save` to its form's or recorder's draft.
Item {
    id: keeper

    signal save()

    // Call on every change of the input.
    function changed() { timer.restart() }
    // Call after loading a draft into the fields: that is not a change to keep.
    function cancel() { timer.stop() }

    function saveNow() {
        timer.stop()
        keeper.save()
    }

    Timer {
        id: timer
        interval: 500
        onTriggered: keeper.saveNow()
    }

    Connections {
        target: Qt.application
        function onStateChanged() {
            if (Qt.application.state !== Qt.ApplicationActive)
                keeper.saveNow()
        }
    }

    Component.onDestruction: saveNow()
}
