// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Pick the crop: big coloured tiles with the first letter and the name in both languages.
Page {
    id: page
    objectName: "kioskCropPage"
    signal chosen(int cropId, string name)
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        App.kiosk.crops.categoryId = 0
        if (App.kiosk.crops.count === 0)
            App.kiosk.crops.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Which crop are you selling?")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Layout.fillWidth: true
        }
        ListView {
            id: categories
            objectName: "cropCategories"
            orientation: ListView.Horizontal
            spacing: Theme.spacing
            clip: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            model: [{ id: 0, name: qsTr("All") }].concat(App.kiosk.crops.categories)
            delegate: Button {
                required property var modelData
                height: Theme.touchTarget * 0.8
                font.pixelSize: Theme.fontNormal
                text: modelData.name
                checkable: true
                checked: App.kiosk.crops.categoryId === modelData.id
                onClicked: App.kiosk.crops.categoryId = modelData.id
            }
        }
        GridView {
            id: grid
            objectName: "cropGrid"
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property int columns: Math.max(2, Math.floor(width / (Theme.touchTarget * 2.6)))
            cellWidth: width / columns
            cellHeight: Theme.touchTarget * 2.4
            model: App.kiosk.crops
            delegate: ItemDelegate {
                id: tile
                required property int cropId
                required property string name
                required property string otherName
                required property string initial
                required property int categoryIndex
                objectName: "cropTile_" + cropId
                width: grid.cellWidth - Theme.spacing
                height: grid.cellHeight - Theme.spacing
                background: Rectangle {
                    radius: Theme.radius
                    color: tile.pressed ? Theme.border : Theme.surface
                    border.color: Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing / 2
                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget
                        radius: width / 2
                        color: Theme.tileColors[tile.categoryIndex % Theme.tileColors.length]
                        Label {
                            anchors.centerIn: parent
                            text: tile.initial
                            color: Theme.primaryText
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                        }
                    }
                    Label {
                        text: tile.name
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                    Label {
                        text: tile.otherName
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                }
                onClicked: page.chosen(tile.cropId, tile.name)
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: App.kiosk.crops.loading
            }
        }
        ErrorLabel {
            text: App.kiosk.crops.error
            Layout.fillWidth: true
        }
    }
}
