import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "TaskListPage"
    when: windowShown
    visible: true
    width: 800
    height: 600

    Component {
        id: pageComponent
        TaskListPage {
            width: 800
            height: 600
            session: Fixture.services.session
            sync: Fixture.services.sync
            tasks: Fixture.services.tasks
            preferences: Fixture.services.preferences
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openTask"
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
    }

    function test_listsTheAssignedTasks() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const list = findChild(page, "taskList")
        tryCompare(list, "count", 3)
        const first = list.itemAtIndex(0)
        verify(first.height >= 48, "touch target")
        verify(first.title.length > 0)
        verify(first.enterpriseName.length > 0)
    }

    // The replayed walk is at the gate of the first demo enterprise: its task is metres
    // away, the others' sites kilometres; every row says how far.
    function test_eachTaskShowsTheDistanceToItsSite() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const list = findChild(page, "taskList")
        tryCompare(list, "count", 3)
        tryVerify(() => Fixture.services.position.hasFix, 5000)
        const tasks = Fixture.services.tasks
        let near = 0, far = 0
        for (let i = 0; i < tasks.count; ++i) {
            const metres = tasks.data(tasks.index(i, 0), 257 + 11)
            verify(!isNaN(metres), "a distance for every task")
            if (metres < 500)
                ++near
            else if (metres > 1000)
                ++far
        }
        compare(near, 1)
        compare(far, 2)
        for (let i = 0; i < list.count; ++i)
            verify(findChild(list.itemAtIndex(i), "distanceLabel").text.length > 0)
    }

    function test_tappingATaskOpensIt() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        openSpy.target = page
        openSpy.clear()
        const list = findChild(page, "taskList")
        tryCompare(list, "count", 3)
        mouseClick(list.itemAtIndex(0))
        compare(openSpy.count, 1)
        const task = openSpy.signalArguments[0][0]
        compare(task.caseId, Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257))
        verify(task.caseTitle.length > 0)
    }

    function test_everyControlIsAtLeast48px() {
        const item = createTemporaryObject(pageComponent, testCase)
        waitForRendering(item)
        compare(Fixture.smallTouchTargets(item), [])
    }

    function test_fitsAPortraitTablet() {
        const item = createTemporaryObject(pageComponent, testCase, {width: 600, height: 960})
        waitForRendering(item)
        compare(Fixture.controlsPastTheRightEdge(item), [])
    }
}
