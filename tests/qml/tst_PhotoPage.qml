import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "PhotoPage"
    when: windowShown
    visible: true
    width: 800
    height: 700

    property string caseId

    Component {
        id: pageComponent
        PhotoPage {
            width: 800
            height: 700
            evidence: Fixture.services.evidence
            position: Fixture.services.position
            caseId: testCase.caseId
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector1"), "")
        caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        Fixture.services.evidenceList.caseId = caseId
    }

    function test_theFixIsShownAndTheImportButtonIsLarge() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const status = findChild(page, "positionStatus")
        verify(status.text.indexOf("36.") >= 0, status.text)
        const button = findChild(page, "importButton")
        verify(button.visible)
        verify(button.height >= 48, "touch target")
    }

    function test_anImportedImageBecomesEvidenceAndIsShown() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const before = Fixture.services.evidenceList.count
        findChild(page, "descriptionField").text = "厂门口全景"
        page.importDialog.selectedFile = Fixture.writeTestImage(1200, 900)
        page.importDialog.accepted()
        tryCompare(Fixture.services.evidenceList, "count", before + 1)
        tryVerify(() => page.lastId.length === 64, 5000, page.lastId)
        const shown = findChild(page, "lastPhoto")
        tryCompare(shown, "status", Image.Ready)
        compare(shown.sourceSize.width, 800)
        compare(findChild(page, "descriptionField").text, "")
        compare(findChild(page, "errorLabel").visible, false)
    }

    // The import runs on a worker thread with its phase shown; leaving the page does not
    // stop it: the photo arrives in the case file all the same.
    function test_anImportContinuesWhenThePageIsLeft() {
        let page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const before = Fixture.services.evidenceList.count
        const evidence = Fixture.services.evidence
        page.importDialog.selectedFile = Fixture.writeTestImage(4000, 3000)
        page.importDialog.accepted()
        compare(evidence.job.busy, true)
        compare(findChild(page, "importButton").enabled, false)
        verify(findChild(page, "jobProgress").text.length > 0)
        page.destroy()
        tryCompare(Fixture.services.evidenceList, "count", before + 1, 20000)
        tryCompare(evidence.job, "busy", false)
        compare(evidence.errorText, "")
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
