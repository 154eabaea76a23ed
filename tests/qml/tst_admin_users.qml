// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The users page: search the demo accounts, ban one with a reason and unban it.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AdminShell { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "AdminUsers"
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
            mouseClick(findChild(shell, "navUsers"))
        }

        function test_1_search() {
            compare(findChild(shell, "usersPage").visible, true)
            const view = findChild(shell, "usersView")
            tryCompare(App.admin.users, "total", 8, 10000)
            const field = findChild(shell, "userSearchField")
            field.text = "Sunita"
            mouseClick(findChild(shell, "userSearchButton"))
            tryCompare(App.admin.users, "total", 1, 10000)
            tryCompare(view, "count", 1)
            compare(App.admin.users.get(0).display_name, "Sunita Devi")
        }

        function test_2_banAndUnban() {
            const view = findChild(shell, "usersView")
            const id = App.admin.users.get(0).id
            const card = waitChild(view, "user_" + id)
            verify(card)
            mouseClick(findChild(card, "banButton_" + id))
            const dialog = findChild(findChild(shell, "usersPage"), "banDialog")
            tryCompare(dialog, "opened", true)
            const confirm = findChild(dialog.contentItem, "reasonConfirmButton")
            compare(confirm.enabled, false)
            dialog.reason = "Sold someone else's produce"
            mouseClick(confirm)
            tryVerify(() => App.admin.users.get(0).banned === true, 10000)
            compare(App.admin.users.get(0).ban_reason, "Sold someone else's produce")
            tryVerify(() => !App.admin.actions.busy)
            mouseClick(findChild(waitChild(view, "user_" + id), "banButton_" + id))
            tryVerify(() => App.admin.users.get(0).banned === false, 10000)
        }

        function test_3_verify() {
            const view = findChild(shell, "usersView")
            const id = App.admin.users.get(0).id
            tryVerify(() => !App.admin.actions.busy)
            mouseClick(findChild(waitChild(view, "user_" + id), "verifyButton_" + id))
            tryVerify(() => App.admin.users.get(0).verified === true, 10000)
        }
    }
}
