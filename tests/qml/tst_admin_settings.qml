// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The settings page edits through typed editors (a bad value shows the server's refusal translated)
// and the audit page lists what was done, filtered.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AdminShell { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "AdminSettings"
        when: windowShown
        property var shell: null

        function cleanupTestCase() {
            if (shell)
                shell.destroy()
        }

        // Delegates are made a frame after the model changes: wait for the one wanted.
        function waitChild(parent, name) {
            tryVerify(() => findChild(parent, name) !== null, 10000, name)
            return findChild(parent, name)
        }

        function initTestCase() {
            tryCompare(App, "online", true, 10000)
            App.login("admin@boli.example", "admin-demo-pass", false)
            tryCompare(App, "loggedIn", true, 10000)
            // Kept for the whole file: the tests follow one admin session step by step.
            shell = shellComponent.createObject(root)
            verify(shell)
            mouseClick(findChild(shell, "navSettings"))
            tryVerify(() => App.admin.settings.count > 0, 10000)
        }

        function settingCard(key) {
            const view = findChild(shell, "settingsView")
            const card = waitChild(view, "setting_" + key)
            // Bring it into view: a click lands only on what is on screen.
            view.positionViewAtIndex(card.index, ListView.Contain)
            waitForRendering(view)
            return card
        }

        function save(key, text) {
            const card = settingCard(key)
            verify(card, key)
            const field = waitChild(card, "field_" + key)
            field.text = text
            const saved = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: 'saved' }", testCase)
            saved.target = App.admin.settings
            mouseClick(findChild(card, "save_" + key))
            saved.wait(10000)
            return saved.signalArguments[0][1]
        }

        function test_1_numberRefusedThenSaved() {
            compare(findChild(shell, "settingsPage").visible, true)
            verify(!save("anti_snipe_seconds", "700"))
            const error = findChild(settingCard("anti_snipe_seconds"), "error_anti_snipe_seconds")
            verify(error.text.indexOf("0 to 600") >= 0, error.text)
            verify(save("anti_snipe_seconds", "45"))
            tryCompare(error, "text", "")
            compare(findChild(settingCard("anti_snipe_seconds"), "field_anti_snipe_seconds").text, "45")
        }

        function test_2_flagSwitch() {
            const flag = waitChild(settingCard("proxy_bidding"), "flag_proxy_bidding")
            compare(flag.checked, true)
            mouseClick(flag)
            tryCompare(flag, "checked", false, 10000)
            tryVerify(() => App.admin.settings.busy === false)
            mouseClick(flag)
            tryCompare(flag, "checked", true, 10000)
        }

        function test_3_auditShowsTheChanges() {
            mouseClick(findChild(shell, "navAudit"))
            const view = findChild(shell, "auditView")
            compare(findChild(shell, "auditPage").visible, true)
            findChild(shell, "auditActionField").text = "admin.settings."
            findChild(shell, "auditTargetField").text = "setting:anti_snipe_seconds"
            mouseClick(findChild(shell, "auditSearchButton"))
            tryCompare(App.admin.audit, "total", 1, 10000)
            tryCompare(view, "count", 1)
            findChild(shell, "auditTargetField").text = ""
            mouseClick(findChild(shell, "auditSearchButton"))
            tryCompare(App.admin.audit, "total", 3, 10000)
        }
    }
}
