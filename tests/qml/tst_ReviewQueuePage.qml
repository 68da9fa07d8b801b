import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "ReviewQueuePage"
    when: windowShown
    visible: true
    width: 800
    height: 600

    Component {
        id: pageComponent
        ReviewQueuePage {
            width: 800
            height: 600
            session: Fixture.services.session
            sync: Fixture.services.sync
            desk: Fixture.services.reviewDesk
            preferences: Fixture.services.preferences
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openDossier"
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("reviewer"), "")
    }

    function loadedPage(properties) {
        const page = createTemporaryObject(pageComponent, testCase, properties || {})
        waitForRendering(page)
        tryCompare(Fixture.services.reviewDesk, "busy", false, 10000)
        compare(Fixture.services.reviewDesk.errorText, "")
        return page
    }

    function test_listsTheCasesAwaitingLegalReviewAndOpensOne() {
        const page = loadedPage()
        const list = findChild(page, "reviewQueue")
        tryCompare(list, "count", 2)
        const titles = Fixture.services.reviewDesk.queue.map(c => c.title).sort()
        compare(titles, ["搅拌站扬尘污染防治措施未落实", "擅自停运脱硫设施超标排放"].sort())
        openSpy.target = page
        openSpy.clear()
        waitForRendering(list)
        mouseClick(list.itemAtIndex(0))
        compare(openSpy.count, 1)
        compare(openSpy.signalArguments[0][0], Fixture.services.reviewDesk.queue[0].caseId)
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
