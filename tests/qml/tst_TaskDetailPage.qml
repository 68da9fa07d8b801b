import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "TaskDetailPage"
    when: windowShown
    visible: true
    width: 800
    height: 700

    property string caseId

    Component {
        id: pageComponent
        TaskDetailPage {
            width: 800
            height: 700
            notes: Fixture.services.notes
            recorder: Fixture.services.recorder
            sync: Fixture.services.sync
            evidenceList: Fixture.services.evidenceList
            caseId: testCase.caseId
            caseTitle: "测试案件"
        }
    }

    function initTestCase() {
        compare(Fixture.signInAndSync("inspector2"), "")
        caseId = Fixture.services.tasks.data(Fixture.services.tasks.index(0, 0), 257)
        verify(caseId.length > 0)
    }

    function test_recordingANoteListsItAsWaitingThenSynced() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        mouseClick(findChild(page, "notesTab"))
        const field = findChild(page, "noteField")
        const button = findChild(page, "recordNoteButton")
        const list = findChild(page, "noteList")
        compare(button.enabled, false)
        verify(button.height >= 48, "touch target")
        const before = list.count
        field.text = "现场检查记录：排污口有异味。"
        compare(button.enabled, true)
        mouseClick(button)
        tryCompare(list, "count", before + 1)
        compare(field.text, "")
        compare(Fixture.services.notes.data(Fixture.services.notes.index(before, 0), 257 + 4), "pending")
        Fixture.services.sync.syncNow()
        tryCompare(Fixture.services.sync, "busy", false, 15000)
        tryCompare(Fixture.services.sync, "pendingCount", 0, 15000)
        compare(Fixture.services.notes.data(Fixture.services.notes.index(before, 0), 257 + 4), "synced")
        compare(Fixture.serverNoteCount(caseId), before + 1)
    }

    function test_aBlankNoteCannotBeRecorded() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        findChild(page, "noteField").text = "   "
        compare(findChild(page, "recordNoteButton").enabled, false)
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

    function test_aNoteBeingWrittenIsKeptAsADraft() {
        let page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        mouseClick(findChild(page, "notesTab"))
        findChild(page, "noteField").text = "尚未写完的笔录"
        // Leaving the page keeps it, as does the app going to the background.
        page.destroy()
        wait(0)
        compare(Fixture.services.recorder.draft(caseId), "尚未写完的笔录")
        page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        compare(findChild(page, "noteField").text, "尚未写完的笔录")
        findChild(page, "noteField").text = "尚未写完的笔录，补充"
        tryCompare(Fixture.services.recorder, "errorText", "")
        tryVerify(() => Fixture.services.recorder.draft(caseId) === "尚未写完的笔录，补充", 3000)
        // Recording the note clears the draft.
        mouseClick(findChild(page, "notesTab"))
        mouseClick(findChild(page, "recordNoteButton"))
        tryCompare(findChild(page, "noteField"), "text", "")
        tryVerify(() => Fixture.services.recorder.draft(caseId) === "", 3000)
    }
}
