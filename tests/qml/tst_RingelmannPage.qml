import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "RingelmannPage"
    when: windowShown
    visible: true
    width: 900
    height: 1200

    property string caseId

    Component {
        id: pageComponent
        RingelmannPage {
            width: 900
            height: 1200
            session: Fixture.services.ringelmann
            position: Fixture.services.position
            caseId: testCase.caseId
        }
    }

    SignalSpy {
        id: backSpy
        signalName: "back"
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
        caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        Fixture.services.evidenceList.caseId = caseId
    }

    function test_startWaitsForTheConditionsThenGradesAreTapped() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const session = Fixture.services.ringelmann
        const start = findChild(page, "startButton")
        compare(start.enabled, false)
        const all = {daylight: true, sunBehindOrBeside: true, plainBackground: true,
                     plumeFreeOfSteam: true, elevationAtMost45: true, windAtMost4_5: true,
                     noRainOrFog: true}
        session.conditions = all
        compare(start.enabled, true)
        verify(start.height >= 48)
        mouseClick(start)
        compare(session.running, true)
        const pad = findChild(page, "gradePad")
        tryCompare(pad, "visible", true)
        const gradeOne = findChild(page, "grade4")
        verify(gradeOne.height >= 48, "touch target")
        compare(gradeOne.text, "1")
        mouseClick(gradeOne)
        mouseClick(findChild(page, "grade10"))  // 2.5
        compare(session.readingCount, 2)
        compare(session.readings[1], 2.5)
        compare(session.status, "incomplete")
        const label = findChild(page, "gradeLabel")
        verify(label.visible)
        verify(label.text.length > 0)
    }

    function test_savingKeepsTheObservationAndGoesBack() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        backSpy.target = page
        backSpy.clear()
        const session = Fixture.services.ringelmann
        session.conditions = {daylight: true, sunBehindOrBeside: true, plainBackground: true,
                              plumeFreeOfSteam: true, elevationAtMost45: true, windAtMost4_5: true,
                              noRainOrFog: true}
        mouseClick(findChild(page, "startButton"))
        tryCompare(findChild(page, "gradePad"), "visible", true)
        mouseClick(findChild(page, "grade0"))
        const before = Fixture.services.evidenceList.count
        mouseClick(findChild(page, "saveButton"))
        compare(backSpy.count, 1)
        tryCompare(Fixture.services.evidenceList, "count", before + 1)
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
