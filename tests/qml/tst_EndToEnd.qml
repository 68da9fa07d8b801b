import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

// The whole app as its users drive it, offscreen, against the fixture's real server on a
// loopback port: an inspector signs in, opens a task, imports a photo, records a note and
// syncs; then the supervisor on the case signs in on the same tablet and sees both.
TestCase {
    id: testCase
    name: "EndToEnd"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: mainComponent
        Main {
            services: Fixture.services
        }
    }

    property var window

    function find(name) {
        return findChild(window.contentItem, name)
    }

    // Waits until the page stack has stopped moving: taps land where the page is.
    function settle() {
        tryVerify(() => !find("stack").busy, 5000)
        wait(50)
    }

    function signIn(username, startPage) {
        tryVerify(() => find("signInButton") !== null, 5000)
        settle()
        find("usernameField").text = username
        find("passwordField").text = Fixture.password
        mouseClick(find("signInButton"))
        tryVerify(() => find(startPage) !== null, 15000)
        tryVerify(() => !Fixture.services.sync.busy, 15000)  // the sync after signing in
        settle()
    }

    // Taps the task with this title in the task list and waits for its page.
    function openTask(title) {
        const list = find("taskList")
        tryVerify(() => list.count > 0, 10000)
        let row = -1
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            if (list.itemAtIndex(i).title === title)
                row = i
        }
        verify(row >= 0, "the task is listed: " + title)
        list.positionViewAtIndex(row, ListView.Contain)
        waitForRendering(list)
        mouseClick(list.itemAtIndex(row))
        tryVerify(() => find("notesTab") !== null, 5000)
        settle()
    }

    function test_aPhotoAndANoteReachTheSupervisor() {
        window = createTemporaryObject(mainComponent, testCase)
        const title = "群众举报夜间噪声扰民核查"  // assigned to 李明 and the supervisor 赵志刚
        const caseId = Fixture.serverCaseId(title)
        verify(caseId.length > 0)
        const notesBefore = Fixture.serverNoteCount(caseId)
        const photosBefore = Fixture.serverStoredEvidenceCount(caseId)

        // The inspector: a photo imported on the photo page, a note, sync.
        signIn("inspector1", "taskList")
        openTask(title)
        mouseClick(find("capture_photo"))
        tryVerify(() => find("importButton") !== null, 5000)
        settle()
        const page = find("stack").currentItem
        verify(page.importDialog !== undefined, "the photo page")
        find("descriptionField").text = "夜间噪声源：冷却塔风机"
        page.importDialog.selectedFile = Fixture.writeTestImage(1600, 1200)
        page.importDialog.accepted()
        tryVerify(() => find("lastPhoto") && find("lastPhoto").status === Image.Ready, 10000)
        compare(find("errorLabel").visible, false)
        const depth = find("stack").depth
        mouseClick(findChild(find("stack").currentItem, "backButton"))
        tryCompare(find("stack"), "depth", depth - 1, 5000)
        settle()
        mouseClick(find("notesTab"))
        const text = "端到端：22:40 冷却塔风机运行，厂界噪声明显。"
        find("noteField").text = text
        mouseClick(find("recordNoteButton"))
        tryCompare(find("noteField"), "text", "")
        mouseClick(find("syncButton"))
        tryVerify(() => Fixture.serverNoteCount(caseId) === notesBefore + 1
                        && Fixture.serverStoredEvidenceCount(caseId) === photosBefore + 1, 30000)
        tryVerify(() => !Fixture.services.sync.busy, 10000)

        // The supervisor on the same tablet: the desk, then their own tasks, then the case.
        Fixture.services.session.signOut()
        signIn("supervisor", "supervisorTabs")
        mouseClick(find("myTasksButton"))
        tryVerify(() => find("taskList") !== null, 5000)
        settle()
        openTask(title)
        mouseClick(find("notesTab"))
        tryVerify(() => {
            for (let i = 0; i < Fixture.services.notes.rowCount(); ++i) {
                if (Fixture.services.notes.data(Fixture.services.notes.index(i, 0), 257 + 1) === text)
                    return true
            }
            return false
        }, 10000, "the inspector's note is on the supervisor's page")
        const evidence = Fixture.services.evidenceList
        let photo = false
        for (let i = 0; i < evidence.rowCount(); ++i) {
            const idx = evidence.index(i, 0)
            if (evidence.data(idx, 257 + 1) === "photo" && evidence.data(idx, 257 + 2) === "夜间噪声源：冷却塔风机")
                photo = evidence.data(idx, 257 + 7)  // uploaded
        }
        verify(photo, "the inspector's photo, uploaded, is in the supervisor's case file")
    }
}
