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

    function test_signingInShowsTheTaskListAndSigningOutReturns() {
        const window = createTemporaryObject(mainComponent, testCase)
        const user = findChild(window.contentItem, "usernameField")
        verify(user)
        user.text = "supervisor"
        findChild(window.contentItem, "passwordField").text = Fixture.password
        mouseClick(findChild(window.contentItem, "signInButton"))
        tryVerify(() => findChild(window.contentItem, "taskList") !== null, 15000)
        Fixture.services.session.signOut()
        tryVerify(() => findChild(window.contentItem, "signInButton") !== null, 5000)
    }
}
