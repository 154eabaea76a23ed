// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The bid-increment bands as an editable table, in rupees per quintal; saved as one value.
ColumnLayout {
    id: table
    objectName: "incrementTable"
    readonly property IncrementsEditor editor: App.admin.settings.increments
    spacing: Theme.spacing / 2

    RowLayout {
        Label { text: qsTr("From price (₹/quintal)"); Layout.preferredWidth: Theme.touchTarget * 5.5; color: Theme.mutedText }
        Label { text: qsTr("Raise by at least (₹)"); Layout.preferredWidth: Theme.touchTarget * 5.5; color: Theme.mutedText }
    }
    Repeater {
        model: table.editor
        delegate: RowLayout {
            id: band
            required property int index
            required property string fromText
            required property string stepText
            TextField {
                objectName: "bandFrom_" + band.index
                text: band.fromText
                Layout.preferredWidth: Theme.touchTarget * 5.5
                onTextEdited: table.editor.setFromText(band.index, text)
            }
            TextField {
                objectName: "bandStep_" + band.index
                text: band.stepText
                Layout.preferredWidth: Theme.touchTarget * 5.5
                onTextEdited: table.editor.setStepText(band.index, text)
            }
            Button {
                text: qsTr("Remove")
                enabled: table.editor.count > 1
                onClicked: table.editor.removeBand(band.index)
            }
        }
    }
    RowLayout {
        Button {
            objectName: "addBand"
            text: qsTr("Add band")
            onClicked: table.editor.addBand()
        }
        Button {
            objectName: "save_bid_increments"
            text: qsTr("Save")
            highlighted: true
            enabled: table.editor.modified && !App.admin.settings.busy
            onClicked: App.admin.settings.saveIncrements()
        }
        Button {
            text: qsTr("Undo")
            visible: table.editor.modified
            onClicked: table.editor.revert()
        }
    }
}
