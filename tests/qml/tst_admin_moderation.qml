// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The admin shell and its moderation queue: the runner seeds two listings waiting for review; the
// admin approves one and rejects the other with a reason, through the buttons.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AdminShell { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "AdminModeration"
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
        }

        function page(name) {
            return findChild(shell, name)
        }

        function test_1_navigation() {
            for (const name of ["navOverview", "navModeration", "navUsers", "navSettings", "navAudit", "logoutButton"])
                verify(findChild(shell, name), name)
            compare(page("adminOverview").visible, true)
            tryVerify(() => App.admin.overview.loaded, 10000)
            mouseClick(findChild(shell, "navModeration"))
            compare(page("moderationPage").visible, true)
            compare(page("adminOverview").visible, false)
        }

        function test_2_approve() {
            mouseClick(findChild(shell, "navModeration"))
            const view = page("moderationView")
            tryCompare(view, "count", 2, 10000)
            const id = App.admin.pending.get(0).id
            const card = waitChild(view, "pending_" + id)
            verify(card, "the first pending card")
            const finished = createTemporaryQmlObject(
                "import QtTest; SignalSpy { signalName: 'actionFinished' }", testCase)
            finished.target = App.admin
            mouseClick(waitChild(card, "approveButton_" + id))
            finished.wait(10000)
            compare(finished.signalArguments[0][1], true)
            tryCompare(view, "count", 1, 10000)
            compare(App.admin.pending.rowOfId(id), -1)
        }

        function test_3_rejectNeedsAReason() {
            const view = page("moderationView")
            tryCompare(view, "count", 1, 10000)
            const id = App.admin.pending.get(0).id
            mouseClick(waitChild(waitChild(view, "pending_" + id), "rejectButton_" + id))
            const dialog = findChild(page("moderationPage"), "rejectDialog")
            tryCompare(dialog, "opened", true)
            const confirm = findChild(dialog.contentItem, "reasonConfirmButton")
            compare(confirm.enabled, false)
            dialog.reason = "   "
            compare(confirm.enabled, false)
            verify(dialog.problem.length > 0)
            dialog.reason = "Quantity does not match the photos"
            compare(confirm.enabled, true)
            mouseClick(confirm)
            tryCompare(view, "count", 0, 10000)
            verify(findChild(page("moderationPage"), "moderationEmpty").visible)
        }

        function test_4_logout() {
            mouseClick(findChild(shell, "logoutButton"))
            tryCompare(App, "loggedIn", false, 10000)
            compare(App.admin.pending.count, 0)
        }
    }
}
