// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The admin mode's frame: a title bar, the navigation on the left and one page at a time.
Page {
    id: shell
    objectName: "adminShell"
    property int current: 0

    header: ToolBar {
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            Label {
                text: qsTr("Boli admin")
                color: Theme.primaryText
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Logged in as %1").arg(App.displayName)
                color: Theme.primaryText
            }
            LanguageToggle {}
            Button {
                objectName: "logoutButton"
                text: qsTr("Log out")
                onClicked: App.logout()
            }
        }
    }

    // Results of actions show here, not in a toast: a toast over the page would catch the next click.
    footer: Rectangle {
        id: status
        objectName: "adminStatus"
        property alias text: statusText.text
        property bool ok: true
        function show(message, success) {
            text = message
            ok = success
            clearTimer.restart()
        }
        implicitHeight: statusText.implicitHeight + Theme.spacing * 2
        color: text.length === 0 ? Theme.surface : ok ? Theme.primary : Theme.danger
        Label {
            id: statusText
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            elide: Text.ElideRight
            color: Theme.primaryText
        }
        Timer {
            id: clearTimer
            interval: 8000
            onTriggered: status.text = ""
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.touchTarget * 6
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2
                AdminNavButton {
                    objectName: "navOverview"
                    text: qsTr("Overview")
                    checked: shell.current === 0
                    onClicked: shell.current = 0
                }
                AdminNavButton {
                    objectName: "navModeration"
                    text: App.admin.pending.count > 0
                          ? qsTr("Moderation (%1)").arg(App.admin.pending.count) : qsTr("Moderation")
                    checked: shell.current === 1
                    onClicked: shell.current = 1
                }
                AdminNavButton {
                    objectName: "navUsers"
                    text: qsTr("Users")
                    checked: shell.current === 2
                    onClicked: shell.current = 2
                }
                AdminNavButton {
                    objectName: "navSettings"
                    text: qsTr("Settings and flags")
                    checked: shell.current === 3
                    onClicked: shell.current = 3
                }
                AdminNavButton {
                    objectName: "navAudit"
                    text: qsTr("Audit log")
                    checked: shell.current === 4
                    onClicked: shell.current = 4
                }
                AdminNavButton {
                    objectName: "navAnalytics"
                    text: qsTr("Analytics")
                    checked: shell.current === 5
                    onClicked: shell.current = 5
                }
                Item { Layout.fillHeight: true }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: shell.current
            AdminOverview {}
            ModerationPage {}
            UsersPage {}
            SettingsPage {}
            AuditPage {}
            AnalyticsPage {}
        }
    }

    Connections {
        target: App.admin
        function onActionFinished(action, ok, message) { status.show(message, ok) }
    }
    Connections {
        target: App.admin.settings
        function onSaved(key, ok, message) { status.show(message, ok) }
    }
}
