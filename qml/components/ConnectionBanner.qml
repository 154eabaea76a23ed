// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli
import Boli.Backend

// Always says when the app is not live: offline data may be stale and actions wait.
Rectangle {
    id: banner
    objectName: "connectionBanner"
    visible: !App.online
    implicitHeight: visible ? label.implicitHeight + Theme.spacing : 0
    color: App.connecting ? Theme.warning : Theme.offline

    Label {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.primaryText
        font.pixelSize: Theme.fontNormal
        text: App.connecting ? qsTr("Connecting to the server…")
                             : qsTr("Offline: showing saved data. Changes will be sent when the connection is back.")
    }
}
