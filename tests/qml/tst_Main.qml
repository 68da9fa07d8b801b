import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "Main"
    when: windowShown
    visible: true

    Component {
        id: mainComponent
        Main {
            services: Fixture.services
        }
    }

    // Each role starts on its own page: the inspector's tasks, the supervisor's desk (with
    // their own tasks one button away), the legal reviewer's queue.
    function signInShows(username, objectName) {
        const window = createTemporaryObject(mainComponent, testCase)
        const user = findChild(window.contentItem, "usernameField")
        verify(user)
        user.text = username
        findChild(window.contentItem, "passwordField").text = Fixture.password
        mouseClick(findChild(window.contentItem, "signInButton"))
        tryVerify(() => findChild(window.contentItem, objectName) !== null, 15000)
        return window
    }

    function signOut(window) {
        Fixture.services.session.signOut()
        tryVerify(() => findChild(window.contentItem, "signInButton") !== null, 5000)
    }

    function test_signingInShowsTheTaskListAndSigningOutReturns() {
        signOut(signInShows("inspector1", "taskList"))
    }

    function test_aSupervisorStartsAtTheDeskAndReachesTheirTasks() {
        const window = signInShows("supervisor", "supervisorTabs")
        findChild(window.contentItem, "myTasksButton").clicked()  // the page may still be sliding in
        tryVerify(() => findChild(window.contentItem, "taskList") !== null, 5000)
        signOut(window)
    }

    function test_aLegalReviewerStartsAtTheReviewQueue() {
        signOut(signInShows("reviewer", "reviewQueue"))
    }

    function test_highContrastSwitchesThePaletteAndIsKept() {
        const prefs = Fixture.services.preferences
        prefs.highContrast = false
        const window = createTemporaryObject(mainComponent, testCase)
        const normalButton = String(window.palette.button)
        verify(normalButton !== "#ffd600")
        verify(!window.font.bold)
        const toggle = findChild(window.contentItem, "highContrastButton")
        verify(toggle)
        verify(toggle.height >= 48)
        mouseClick(toggle)
        verify(prefs.highContrast)
        compare(String(window.palette.button), "#ffd600")
        compare(String(window.palette.buttonText), "#000000")
        compare(String(window.palette.windowText), "#000000")
        verify(window.font.bold)
        compare(window.font.pixelSize, 20)
        // The controls of the page take the window's palette.
        compare(String(findChild(window.contentItem, "signInButton").palette.button), "#ffd600")
        mouseClick(toggle)
        verify(!prefs.highContrast)
        compare(String(window.palette.button), normalButton)
        verify(!window.font.bold)
    }

    function test_everyControlIsAtLeast48px() {
        const window = createTemporaryObject(mainComponent, testCase)
        tryVerify(() => findChild(window.contentItem, "signInButton") !== null)
        compare(Fixture.smallTouchTargets(window.contentItem), [])
    }
}
