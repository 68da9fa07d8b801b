import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A signature drawn with a finger or stylus; handed over as an image when accepted.
Dialog {
    id: pad

    property string signer
    signal signed(var image)

    title: qsTr("Signature of %1").arg(signer)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 800, 800)
    standardButtons: Dialog.NoButton

    property var strokes: []
    property int strokeCount: 0  // strokes is mutated in place; this is what bindings see

    function clear() {
        strokes = []
        strokeCount = 0
        canvas.requestPaint()
    }

    onOpened: clear()

    ColumnLayout {
        anchors.fill: parent
        Canvas {
            id: canvas
            objectName: "signatureCanvas"
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            onPaint: {
                const ctx = getContext("2d")
                ctx.fillStyle = "white"
                ctx.fillRect(0, 0, width, height)
                ctx.strokeStyle = "black"
                ctx.lineWidth = 3
                for (const stroke of pad.strokes) {
                    ctx.beginPath()
                    stroke.forEach((p, i) => i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y))
                    ctx.stroke()
                }
            }
            MouseArea {
                anchors.fill: parent
                onPressed: mouse => {
                    pad.strokes.push([Qt.point(mouse.x, mouse.y)])
                    pad.strokeCount = pad.strokes.length
                }
                onPositionChanged: mouse => {
                    pad.strokes[pad.strokes.length - 1].push(Qt.point(mouse.x, mouse.y))
                    canvas.requestPaint()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Clear")
                Layout.preferredHeight: 56
                Layout.fillWidth: true
                onClicked: pad.clear()
            }
            Button {
                text: qsTr("Cancel")
                Layout.preferredHeight: 56
                Layout.fillWidth: true
                onClicked: pad.reject()
            }
            Button {
                objectName: "acceptSignatureButton"
                text: qsTr("Accept signature")
                highlighted: true
                enabled: pad.strokeCount > 0
                Layout.preferredHeight: 56
                Layout.fillWidth: true
                onClicked: canvas.grabToImage(result => {
                    pad.signed(result.image)
                    pad.accept()
                })
            }
        }
    }
}
