import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "InspectionRecordPage"
    when: windowShown
    visible: true
    width: 900
    height: 1400

    property string caseId

    Component {
        id: pageComponent
        InspectionRecordPage {
            width: 900
            height: 1400
            form: Fixture.services.inspection
            caseId: testCase.caseId
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
        caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
    }

    // Leaving the page keeps what was typed as a draft in the store; begin() of the same
    // case (the page opened again, after the app was ended) brings it back.
    function test_aDraftOutlivesThePageAndTheAppsMemory() {
        let page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const form = Fixture.services.inspection
        form.findings = "草稿：脱硫塔旁路阀开启"
        form.partyRepresentative = "周某（草稿）"
        form.credentialsShown = true
        page.destroy()
        wait(0)
        form.findings = ""
        form.partyRepresentative = ""
        form.credentialsShown = false
        page = createTemporaryObject(pageComponent, testCase)
        tryCompare(form, "findings", "草稿：脱硫塔旁路阀开启")
        compare(form.partyRepresentative, "周某（草稿）")
        compare(form.credentialsShown, true)
        // Back to an empty record for the tests after this one (the draft follows).
        form.findings = ""
        form.partyRepresentative = ""
        form.credentialsShown = false
        page.destroy()
        wait(0)
    }

    // Draws a stroke on the open signature pad and accepts it.
    function signOnPad() {
        const canvas = findChild(testCase.Window.window.contentItem, "signatureCanvas")
        verify(canvas, "the signature pad is open")
        tryCompare(canvas, "visible", true)
        waitForRendering(canvas)
        mousePress(canvas, 20, 50)
        for (let x = 30; x < 300; x += 10)
            mouseMove(canvas, x, 50 + (x % 40))
        mouseRelease(canvas, 300, 60)
        const accept = findChild(testCase.Window.window.contentItem, "acceptSignatureButton")
        compare(accept.enabled, true)
        mouseClick(accept)
    }

    function test_signedAndCompleteTheRecordIsSaved() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const form = Fixture.services.inspection
        compare(form.officers.length, 2)
        verify(findChild(page, "problemsLabel").visible)
        compare(findChild(page, "saveButton").enabled, false)
        mouseClick(findChild(page, "credentialsBox"))
        mouseClick(findChild(page, "rightsBox"))
        const findings = findChild(page, "findingsField")
        findings.text = "锅炉房东侧烟囱冒黑烟。"
        findings.editingFinished()
        const rep = findChild(page, "representativeField")
        rep.text = "张伟"
        rep.editingFinished()
        for (let i = 0; i < 2; ++i) {
            mouseClick(findChild(page, "signOfficer" + i))
            signOnPad()
            tryVerify(() => form.officers[i].signed, 5000)
        }
        mouseClick(findChild(page, "signParty"))
        signOnPad()
        tryCompare(form, "partySigned", true, 5000)
        compare(form.problems.length, 0, form.problems.join("; "))
        const save = findChild(page, "saveButton")
        compare(save.enabled, true)
        mouseClick(save)
        verify(form.savedId.length > 0, form.errorText)
        tryCompare(findChild(page, "exportButton"), "visible", true)

        // The PDF is laid out on a worker thread, its phase shown, the page usable meanwhile.
        exportedSpy.target = form
        exportedSpy.clear()
        const pdf = Fixture.temporaryFile("record.pdf")
        verify(form.exportPdfInBackground(pdf))
        compare(form.job.busy, true)
        compare(findChild(page, "exportButton").enabled, false)
        verify(findChild(page, "jobProgress").text.length > 0)
        tryCompare(exportedSpy, "count", 1, 20000)
        compare(form.job.busy, false)
        compare(form.errorText, "")
        compare(Fixture.fileStart(pdf, 5), "%PDF-")
        verify(findChild(page, "exportLabel").text.indexOf("record.pdf") >= 0)
    }

    SignalSpy {
        id: exportedSpy
        signalName: "exported"
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
