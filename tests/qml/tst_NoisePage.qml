import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "NoisePage"
    when: windowShown
    visible: true
    width: 900
    height: 1300

    property string caseId

    Component {
        id: pageComponent
        NoisePage {
            width: 900
            height: 1300
            form: Fixture.services.noise
            position: Fixture.services.position
            caseId: testCase.caseId
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
        caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        Fixture.services.evidenceList.caseId = caseId
    }

    // Leaving the page keeps what was typed as a draft in the store; the form's memory is
    // then wiped, as when the app is ended in the background, and the page reloads it.
    function test_aDraftOutlivesThePageAndTheAppsMemory() {
        let page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const form = Fixture.services.noise
        form.point = "北厂界外1米（草稿）"
        form.meterSerial = "草稿-0042"
        page.destroy()
        wait(0)
        form.point = ""
        form.meterSerial = ""
        page = createTemporaryObject(pageComponent, testCase)
        tryCompare(form, "point", "北厂界外1米（草稿）")
        compare(form.meterSerial, "草稿-0042")
        compare(findChild(page, "pointField").text, "北厂界外1米（草稿）")
    }

    function enter(page, name, text) {
        const field = findChild(page, name)
        field.text = text
        field.editingFinished()
    }

    function test_theVerdictFollowsTheInputAndIsSaved() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        enter(page, "meterModelField", "AWA5688")
        enter(page, "meterSerialField", "00321")
        enter(page, "pointField", "东厂界外 1 m")
        enter(page, "leqField", "70")
        enter(page, "backgroundField", "55")
        const form = Fixture.services.noise
        compare(form.valid, true)
        const verdict = findChild(page, "verdictLabel")
        verify(verdict.text.length > 0)
        // The background 2.4 dB below: no valid result.
        enter(page, "backgroundField", "67.6")
        compare(form.valid, false)
        verify(verdict.text !== "")
        enter(page, "backgroundField", "55")
        enter(page, "samplesField", "69 70 71")
        verify(Math.abs(form.measuredLeq - 70.1) < 0.1, form.measuredLeq)
        const before = Fixture.services.evidenceList.count
        const save = findChild(page, "saveButton")
        verify(save.height >= 48)
        mouseClick(save)
        tryCompare(Fixture.services.evidenceList, "count", before + 1)
    }

    function test_anAbsurdLevelCannotBeSaved() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        enter(page, "leqField", "-12")
        const before = Fixture.services.evidenceList.count
        mouseClick(findChild(page, "saveButton"))
        verify(findChild(page, "errorLabel").visible)
        compare(Fixture.services.evidenceList.count, before)
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
