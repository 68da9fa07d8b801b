import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "SupervisorPage"
    when: windowShown
    visible: true
    width: 800
    height: 900

    Component {
        id: pageComponent
        SupervisorPage {
            width: 800
            height: 900
            session: Fixture.services.session
            sync: Fixture.services.sync
            desk: Fixture.services.supervisorDesk
            preferences: Fixture.services.preferences
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("supervisor"), "")
    }

    function loadedPage(properties) {
        const page = createTemporaryObject(pageComponent, testCase, properties || {})
        waitForRendering(page)
        tryCompare(Fixture.services.supervisorDesk, "busy", false, 10000)
        compare(Fixture.services.supervisorDesk.errorText, "")
        return page
    }

    function indexOfTitle(list, title) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i].title === title)
                return i
        }
        return -1
    }

    function test_anUnassignedCaseIsAssignedToTwoOfficers() {
        const page = loadedPage()
        const desk = Fixture.services.supervisorDesk
        const title = "锅炉排放烟气林格曼黑度复查"  // the demo case nobody is on
        const at = indexOfTitle(desk.attention, title)
        verify(at >= 0, "the unassigned case is listed to act on")
        verify(desk.attention[at].unassigned)
        const caseId = desk.attention[at].caseId
        const before = desk.workload.find(w => w.name === "王芳").openCases

        const list = findChild(page, "attentionList")
        list.positionViewAtIndex(at, ListView.Beginning)
        waitForRendering(list)
        const assign = findChild(list.itemAtIndex(at), "assignButton")
        mouseClick(assign)
        const dialog = findChild(page, "assignDialog")
        tryCompare(dialog, "opened", true)
        const confirm = findChild(dialog.contentItem, "confirmAssignButton")
        compare(confirm.enabled, false)
        compare(Fixture.smallTouchTargets(dialog.contentItem), [])
        const officers = desk.officers
        const first = findChild(dialog.contentItem, "officer_" + officers.find(o => o.name === "赵志刚").id)
        mouseClick(first)
        compare(confirm.enabled, false, "one officer is not enough")
        mouseClick(findChild(dialog.contentItem, "officer_" + officers.find(o => o.name === "王芳").id))
        compare(confirm.enabled, true)
        mouseClick(confirm)
        tryCompare(desk, "busy", false, 10000)
        compare(desk.errorText, "")
        verify(desk.attention.every(c => c.caseId !== caseId), "the case has its officers now")
        compare(desk.workload.find(w => w.name === "王芳").openCases, before + 1)
    }

    function test_deadlinesWorkloadAndBlacklistAreListed() {
        const page = loadedPage()
        const tabs = findChild(page, "supervisorTabs")
        tabs.currentIndex = 1
        verify(findChild(page, "deadlineList").count > 0)
        tabs.currentIndex = 2
        const workload = findChild(page, "workloadList")
        compare(workload.count, Fixture.services.supervisorDesk.officers.length)
        verify(workload.count >= 3)
        tabs.currentIndex = 4
        const blacklist = findChild(page, "blacklistList")
        tryCompare(blacklist, "count", 1)
        compare(Fixture.services.supervisorDesk.blacklist[0].enterpriseName, "羿神源化工有限公司")
    }

    function test_aConflictIsResolvedWithTheDevicesValue() {
        const desk = Fixture.services.supervisorDesk
        const caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        const proposed = Fixture.createConflict(caseId)
        const page = loadedPage()
        const tabs = findChild(page, "supervisorTabs")
        tabs.currentIndex = 3
        const list = findChild(page, "conflictList")
        tryCompare(list, "count", 1)
        waitForRendering(list)
        mouseClick(findChild(list.itemAtIndex(0), "takeDeviceButton"))
        tryCompare(desk, "busy", false, 10000)
        compare(desk.errorText, "")
        compare(list.count, 0)
        compare(Fixture.signInAndSync("supervisor"), "")
        compare(Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257 + 3), proposed)
    }

    function test_everyControlIsAtLeast48px() {
        const page = loadedPage()
        compare(Fixture.smallTouchTargets(page), [])
    }

    function test_fitsAPortraitTablet() {
        const page = loadedPage({width: 600, height: 960})
        compare(Fixture.controlsPastTheRightEdge(page), [])
    }
}
