// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli

// A short message over the content that leaves by itself: outbid alerts, saved, sent.
Popup {
    id: toast
    objectName: "toast"
    property alias text: message.text
    property bool alert: false

    function show(text, isAlert) {
        toast.text = text
        toast.alert = isAlert === true
        toast.open()
        hideTimer.restart()
    }

    x: (parent ? parent.width - width : 0) / 2
    y: parent ? parent.height - height - Theme.margin * 3 : 0
    padding: Theme.margin
    closePolicy: Popup.CloseOnPressOutside
    background: Rectangle {
        radius: Theme.radius
        color: toast.alert ? Theme.accent : Theme.text
        opacity: 0.95
    }
    Label {
        id: message
        color: Theme.primaryText
        font.pixelSize: Theme.fontNormal
        wrapMode: Text.WordWrap
        width: Math.min(implicitWidth, (toast.parent ? toast.parent.width : 600) * 0.8)
    }
    Timer {
        id: hideTimer
        interval: 4000
        onTriggered: toast.close()
    }
}
