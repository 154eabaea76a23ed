// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli

// Shows a translated error sentence from the C++ side; hidden when there is none.
Label {
    visible: text.length > 0
    color: Theme.danger
    wrapMode: Text.WordWrap
    font.pixelSize: Theme.fontNormal
}
