// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Asks for the reason behind a rejection or a ban; the C++ side says whether the reason will do.
Dialog {
    id: dialog
    property alias reason: field.text
    property string prompt
    property string confirmText
    readonly property string problem: App.admin.checkReason(field.text)
    signal confirmed(string text)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.touchTarget * 14, (parent ? parent.width : Theme.touchTarget * 14) - 2 * Theme.margin)
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            text: dialog.prompt
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextArea {
            id: field
            objectName: "reasonField"
            placeholderText: qsTr("Reason")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 3
        }
        ErrorLabel {
            text: field.text.length > 0 ? dialog.problem : ""
            Layout.fillWidth: true
        }
        Button {
            objectName: "reasonConfirmButton"
            text: dialog.confirmText
            highlighted: true
            enabled: dialog.problem.length === 0
            Layout.alignment: Qt.AlignRight
            onClicked: {
                dialog.confirmed(field.text)
                dialog.close()
            }
        }
    }
}
