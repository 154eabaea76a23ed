// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One setting: its name, its rule, the editor for its kind and the server's last refusal.
Rectangle {
    id: card
    required property int index
    required property string key
    required property string kind
    required property string label
    required property string hint
    required property var value
    required property string valueText
    required property string error

    objectName: "setting_" + key
    implicitHeight: layout.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: error.length > 0 ? Theme.danger : Theme.border

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        RowLayout {
            Label {
                text: card.label
                font.bold: true
                Layout.fillWidth: true
            }
            Switch {
                objectName: "flag_" + card.key
                visible: card.kind === "flag"
                checked: card.value === true
                text: checked ? qsTr("On") : qsTr("Off")
                // The switch shows the server's value: a refused change flips it back.
                onToggled: {
                    const wanted = checked
                    checked = Qt.binding(() => card.value === true)
                    App.admin.settings.setFlag(card.key, wanted)
                }
            }
        }
        Label {
            text: card.hint
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.kind === "seconds" || card.kind === "minutes" || card.kind === "durations"
            spacing: Theme.spacing
            TextField {
                id: field
                objectName: "field_" + card.key
                text: card.valueText
                inputMethodHints: card.kind === "durations" ? Qt.ImhNone : Qt.ImhDigitsOnly
                Layout.preferredWidth: Theme.touchTarget * (card.kind === "durations" ? 9 : 3.5)
                onAccepted: save.clicked()
            }
            Label {
                text: card.kind === "seconds" ? qsTr("seconds") : qsTr("minutes")
                color: Theme.mutedText
            }
            Button {
                id: save
                objectName: "save_" + card.key
                text: qsTr("Save")
                enabled: field.text !== card.valueText && !App.admin.settings.busy
                onClicked: card.kind === "durations" ? App.admin.settings.setDurations(card.key, field.text)
                                                     : App.admin.settings.setNumber(card.key, field.text)
            }
            Button {
                text: qsTr("Undo")
                visible: field.text !== card.valueText
                onClicked: field.text = Qt.binding(() => card.valueText)
            }
        }
        IncrementTable {
            visible: card.kind === "increments"
            Layout.fillWidth: true
        }
        Label {
            visible: card.kind === "other"
            text: card.valueText
        }
        ErrorLabel {
            objectName: "error_" + card.key
            text: card.error
            Layout.fillWidth: true
        }
    }
}
