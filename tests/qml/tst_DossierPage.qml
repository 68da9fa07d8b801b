import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "DossierPage"
    when: windowShown
    visible: true
    width: 800
    height: 900

    Component {
        id: pageComponent
        DossierPage {
            width: 800
            height: 900
            desk: Fixture.services.reviewDesk
            evidenceList: Fixture.services.evidenceList
        }
    }

    SignalSpy {
        id: reviewedSpy
        target: Fixture.services.reviewDesk
        signalName: "reviewed"
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("reviewer"), "")
        Fixture.services.reviewDesk.refresh()
        tryCompare(Fixture.services.reviewDesk, "busy", false, 10000)
    }

    function caseTitled(title) {
        const caseId = Fixture.serverCaseId(title)
        verify(caseId.length > 0, "a demo case: " + title)
        return caseId
    }

    function openDossier(caseId, properties) {
        const page = createTemporaryObject(pageComponent, testCase, Object.assign({caseId: caseId}, properties || {}))
        waitForRendering(page)
        tryCompare(page, "loaded", true, 10000)
        tryCompare(Fixture.services.reviewDesk, "busy", false, 10000)
        compare(Fixture.services.reviewDesk.errorText, "")
        return page
    }

    function test_showsTheProposalItsBasisAndTheCheckedEvidence() {
        const page = openDossier(caseTitled("擅自停运脱硫设施超标排放"))
        verify(findChild(page, "facts").text.indexOf("脱硫设施停运") >= 0)
        verify(findChild(page, "legalBasis").text.indexOf("第九十九条") >= 0)
        const dossier = Fixture.services.reviewDesk.dossier
        verify(dossier.fineText.length > 0)
        compare(dossier.measures, "责令停产整治")
        // The demo's photo was never uploaded: the check says so; the record has no file.
        compare(dossier.evidenceCount, 1)
        compare(Object.values(dossier.verification), ["missing"])
        verify(findChild(page, "evidenceSummary").text.indexOf("0") >= 0)
        verify(findChild(page, "dossierEvidence").count >= 2, "the photo and the on-site record")
        verify(dossier.history.length >= 5, "the procedure up to the legal review")
    }

    function test_returningNeedsTheProblemsInWriting() {
        const caseId = caseTitled("搅拌站扬尘污染防治措施未落实")
        const page = openDossier(caseId)
        const returnButton = findChild(page, "returnButton")
        compare(returnButton.enabled, false)
        const opinion = findChild(page, "opinion")
        opinion.text = "处罚依据条款应为第一百零八条第五项，请补充堆场照片。"
        compare(returnButton.enabled, true)
        reviewedSpy.clear()
        mouseClick(returnButton)
        tryCompare(reviewedSpy, "count", 1, 10000)
        compare(reviewedSpy.signalArguments[0][0], caseId)
        compare(reviewedSpy.signalArguments[0][1], false)
        compare(Fixture.services.reviewDesk.errorText, "")
        compare(Fixture.services.reviewDesk.dossier.inReview, false)
        verify(Fixture.services.reviewDesk.queue.every(c => c.caseId !== caseId))
        compare(Fixture.serverCaseStatus(caseId), "notified")  // back to where it was before the review
    }

    function test_approvingMovesTheCaseOn() {
        const caseId = caseTitled("擅自停运脱硫设施超标排放")
        const page = openDossier(caseId)
        reviewedSpy.clear()
        mouseClick(findChild(page, "approveButton"))
        tryCompare(reviewedSpy, "count", 1, 10000)
        compare(reviewedSpy.signalArguments[0][0], caseId)
        compare(reviewedSpy.signalArguments[0][1], true)
        compare(Fixture.services.reviewDesk.errorText, "")
        verify(Fixture.serverCaseStatus(caseId) !== "legal_review")
        compare(Fixture.services.reviewDesk.dossier.evidenceCount, 1)  // the checks made at opening stay
        verify(Fixture.services.reviewDesk.queue.every(c => c.caseId !== caseId))
    }

    function test_everyControlIsAtLeast48px() {
        const page = openDossier(caseTitled("擅自停运脱硫设施超标排放"))
        compare(Fixture.smallTouchTargets(page), [])
    }

    function test_fitsAPortraitTablet() {
        const page = openDossier(caseTitled("擅自停运脱硫设施超标排放"), {width: 600, height: 960})
        compare(Fixture.controlsPastTheRightEdge(page), [])
    }
}
