// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The audit log, newest first: who did what to what, when, with the values before and after.
Page {
    id: page
    objectName: "auditPage"
    readonly property AuditModel audit: App.admin.audit
    background: Rectangle { color: Theme.background }

    function search() {
        audit.search(actorField.text, actionField.text, targetField.text, fromField.text, toField.text)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Audit log")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        RowLayout {
            spacing: Theme.spacing
            TextField {
                id: actorField
                objectName: "auditActorField"
                placeholderText: qsTr("Actor (user id)")
                inputMethodHints: Qt.ImhDigitsOnly
                Layout.preferredWidth: Theme.touchTarget * 3.5
                onAccepted: page.search()
            }
            TextField {
                id: actionField
                objectName: "auditActionField"
                placeholderText: qsTr("Action, e.g. admin.")
                Layout.fillWidth: true
                onAccepted: page.search()
            }
            TextField {
                id: targetField
                objectName: "auditTargetField"
                placeholderText: qsTr("Target, e.g. user:4")
                Layout.fillWidth: true
                onAccepted: page.search()
            }
            TextField {
                id: fromField
                objectName: "auditFromField"
                placeholderText: qsTr("From 2026-11-21")
                Layout.preferredWidth: Theme.touchTarget * 4
                onAccepted: page.search()
            }
            TextField {
                id: toField
                objectName: "auditToField"
                placeholderText: qsTr("To 2026-11-21")
                Layout.preferredWidth: Theme.touchTarget * 4
                onAccepted: page.search()
            }
            Button {
                objectName: "auditSearchButton"
                text: qsTr("Search")
                highlighted: true
                onClicked: page.search()
            }
        }
        ErrorLabel {
            text: page.audit.filterError.length > 0 ? page.audit.filterError : page.audit.error
            Layout.fillWidth: true
        }
        ListView {
            id: view
            objectName: "auditView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.audit
            delegate: ItemDelegate {
                id: entry
                required property var row
                required property string change
                width: view.width
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: qsTr("%1 · %2 · %3 · %4").arg(Fmt.dateTime(entry.row.at)).arg(entry.row.op)
                              .arg(entry.row.target)
                              .arg(entry.row.actor_id !== null && entry.row.actor_id !== undefined
                                   ? qsTr("%1 #%2").arg(entry.row.actor_role).arg(entry.row.actor_id)
                                   : entry.row.actor_role)
                        font.bold: true
                    }
                    Label {
                        text: entry.change
                        color: Theme.mutedText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                    }
                }
            }
        }
        RowLayout {
            Label {
                text: qsTr("%1–%2 of %3").arg(page.audit.count > 0 ? page.audit.offset + 1 : 0)
                      .arg(page.audit.offset + page.audit.count).arg(page.audit.total)
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Button {
                objectName: "auditPrevious"
                text: qsTr("Newer")
                enabled: page.audit.hasPrevious
                onClicked: page.audit.previousPage()
            }
            Button {
                objectName: "auditNext"
                text: qsTr("Older")
                enabled: page.audit.hasNext
                onClicked: page.audit.nextPage()
            }
        }
    }
}
