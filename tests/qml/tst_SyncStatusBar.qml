import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "SyncStatusBar"
    when: windowShown
    visible: true
    width: 800
    height: 200

    Component {
        id: barComponent
        SyncStatusBar {
            width: 800
            sync: Fixture.services.sync
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
    }

    function test_showsPendingItemsAndSyncsThem() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForRendering(bar)
        const label = findChild(bar, "pendingLabel")
        const caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        verify(Fixture.services.recorder.record(caseId, "状态栏测试").length > 0)
        tryCompare(Fixture.services.sync, "pendingCount", 1)
        verify(label.text.indexOf("1") >= 0, label.text)
        const button = findChild(bar, "syncButton")
        verify(button.height >= 48, "touch target")
        mouseClick(button)
        tryCompare(Fixture.services.sync, "pendingCount", 0, 15000)
        tryCompare(Fixture.services.sync, "busy", false, 15000)
        compare(findChild(bar, "syncErrorLabel").visible, false)
    }

    function test_everyControlIsAtLeast48px() {
        const item = createTemporaryObject(barComponent, testCase)
        waitForRendering(item)
        compare(Fixture.smallTouchTargets(item), [])
    }

    function test_fitsAPortraitTablet() {
        const item = createTemporaryObject(barComponent, testCase, {width: 600, height: 960})
        waitForRendering(item)
        compare(Fixture.controlsPastTheRightEdge(item), [])
    }
}
