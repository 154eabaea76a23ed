// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One breakdown of admin.analytics (by crop, by mandi) as a table: the key, then the same figures
// for each row. The texts come formatted from C++ (the row's *_text fields, Fmt).
ColumnLayout {
    id: table
    required property JsonRowsModel model
    property string title
    property string keyTitle
    /// The row's name in the first column (a crop's name, "mandi, state").
    property var keyOf: row => ""
    readonly property int count: rows.count
    spacing: 0

    component Cell: Label {
        Layout.preferredWidth: Theme.touchTarget * 2
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }

    Label {
        text: table.title
        font.bold: true
        bottomPadding: Theme.spacing / 2
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label { text: table.keyTitle; font.bold: true; Layout.fillWidth: true }
        Cell { text: qsTr("Closed"); font.bold: true }
        Cell { text: qsTr("Sold"); font.bold: true }
        Cell { text: qsTr("Bids"); font.bold: true }
        Cell { text: qsTr("Revenue"); font.bold: true; Layout.preferredWidth: Theme.touchTarget * 3 }
        Cell { text: qsTr("Uplift"); font.bold: true }
    }
    Repeater {
        id: rows
        model: table.model
        delegate: Rectangle {
            id: line
            required property var row
            required property int index
            Layout.fillWidth: true
            implicitHeight: lineRow.implicitHeight + Theme.spacing
            color: index % 2 === 0 ? Theme.surface : Theme.background
            RowLayout {
                id: lineRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing / 2
                anchors.rightMargin: Theme.spacing / 2
                spacing: Theme.spacing
                Label { text: { App.language.code; return table.keyOf(line.row) } elide: Text.ElideRight; Layout.fillWidth: true }
                Cell { text: line.row.listings }
                Cell { text: line.row.sold }
                Cell { text: line.row.bids }
                Cell { text: Fmt.rupees(line.row.revenue); Layout.preferredWidth: Theme.touchTarget * 3 }
                Cell { text: line.row.uplift_text }
            }
        }
    }
    Label {
        visible: rows.count === 0
        text: qsTr("Nothing closed in this range.")
        color: Theme.mutedText
        topPadding: Theme.spacing / 2
    }
}
