// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Boli
import Boli.Backend

// Optional lot photos (up to three), picked from a USB stick and uploaded at once.
ColumnLayout {
    id: root
    required property PhotoUploader uploader
    spacing: Theme.spacing

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Photos (optional, up to 3)")
            font.pixelSize: Theme.fontNormal
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "addPhotoButton"
            text: root.uploader.busy ? qsTr("Uploading…") : qsTr("Add a photo")
            font.pixelSize: Theme.fontNormal
            enabled: !root.uploader.busy && root.uploader.count < 3
            onClicked: picker.open()
        }
    }
    Repeater {
        model: root.uploader.names
        delegate: RowLayout {
            id: photoRow
            required property string modelData
            required property int index
            Layout.fillWidth: true
            Label {
                text: photoRow.modelData
                font.pixelSize: Theme.fontNormal
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Remove")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontNormal
                onClicked: root.uploader.remove(photoRow.index)
            }
        }
    }
    ErrorLabel {
        text: root.uploader.error
        Layout.fillWidth: true
    }
    FileDialog {
        id: picker
        title: qsTr("Choose a photo of the lot")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.uploader.add(selectedFile)
    }
}
