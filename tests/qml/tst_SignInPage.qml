import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "SignInPage"
    when: windowShown
    visible: true
    width: 800
    height: 600

    Component {
        id: pageComponent
        SignInPage {
            width: 800
            height: 600
            session: Fixture.services.session
            preferences: Fixture.services.preferences
        }
    }

    function cleanup() {
        Fixture.services.session.signOut()
    }

    function fill(page, username, password) {
        const user = findChild(page, "usernameField")
        const pass = findChild(page, "passwordField")
        user.text = username
        pass.text = password
        return findChild(page, "signInButton")
    }

    function test_theButtonWaitsForBothFields() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        const button = fill(page, "inspector1", "")
        compare(button.enabled, false)
        fill(page, "inspector1", "x")
        compare(button.enabled, true)
        verify(button.height >= 48, "touch target")
    }

    function test_aWrongPasswordShowsAnErrorAndStaysSignedOut() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        mouseClick(fill(page, "inspector1", "not the password"))
        tryCompare(Fixture.services.session, "state", Session.SignedOut, 15000)
        const error = findChild(page, "errorLabel")
        verify(error.visible)
        verify(error.text.length > 0)
    }

    function test_theRightPasswordSignsIn() {
        const page = createTemporaryObject(pageComponent, testCase)
        waitForRendering(page)
        mouseClick(fill(page, "inspector1", Fixture.password))
        tryCompare(Fixture.services.session, "state", Session.SignedIn, 15000)
        compare(Fixture.services.session.username, "inspector1")
        compare(Fixture.services.session.displayName, "李明")
        compare(findChild(page, "errorLabel").visible, false)
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
