import QtQuick
import QtTest
import FieldCase
import FieldCaseTest

TestCase {
    id: testCase
    name: "HighContrastButton"
    when: windowShown
    visible: true
    width: 400
    height: 200

    Component {
        id: buttonComponent
        HighContrastButton {
            preferences: Fixture.services.preferences
        }
    }

    function cleanup() {
        Fixture.services.preferences.highContrast = false
    }

    function test_followsAndSetsThePreference() {
        Fixture.services.preferences.highContrast = false
        const button = createTemporaryObject(buttonComponent, testCase)
        verify(!button.checked)
        verify(button.height >= 48)
        mouseClick(button)
        verify(Fixture.services.preferences.highContrast)
        Fixture.services.preferences.highContrast = false
        verify(!button.checked)
    }

    function test_everyControlIsAtLeast48px() {
        const item = createTemporaryObject(buttonComponent, testCase)
        waitForRendering(item)
        compare(Fixture.smallTouchTargets(item), [])
    }
}
