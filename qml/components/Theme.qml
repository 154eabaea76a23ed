// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Boli.Backend

// Sizes, colours and fonts in one place. Kiosk mode is touch-first: every size grows from here.
QtObject {
    readonly property bool kiosk: App.mode === "kiosk"

    readonly property int fontSmall: kiosk ? 18 : 12
    readonly property int fontNormal: kiosk ? 24 : 14
    readonly property int fontLarge: kiosk ? 32 : 18
    readonly property int fontHuge: kiosk ? 48 : 28
    // Smallest tappable size: 72 px for thumbs at a mandi kiosk, 36 px for a mouse.
    readonly property int touchTarget: kiosk ? 72 : 36
    readonly property int spacing: kiosk ? 16 : 8
    readonly property int margin: kiosk ? 24 : 12
    readonly property int radius: kiosk ? 12 : 6
    // Charts: tall enough for a thumb to read the kiosk's labels, compact beside a trader's bid panel.
    readonly property int chartHeight: kiosk ? 360 : 260

    // Noto Sans Devanagari carries Latin too, so Hindi screens with numbers and names render in one font.
    readonly property string fontFamily: App.language.code === "hi" ? "Noto Sans Devanagari" : "Noto Sans"

    readonly property color primary: "#2e7d32"       // mandi green
    readonly property color primaryText: "#ffffff"
    readonly property color accent: "#ef6c00"        // saffron: prices and calls to action
    readonly property color background: "#fafaf5"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b1b1b"
    readonly property color mutedText: "#5f6368"
    readonly property color border: "#d0d0c8"
    readonly property color danger: "#c62828"
    readonly property color warning: "#f9a825"
    readonly property color success: "#2e7d32"
    readonly property color offline: "#6d4c41"
    // Chart lines: the modal price in mandi green, its range in saffron, a second measure in blue.
    readonly property color chartRange: "#f0a35e"
    readonly property color chartSecond: "#1565c0"

    // Crop tiles on the kiosk: one colour per catalog category (by position), dark enough for white text.
    readonly property var tileColors: ["#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#4e342e",
                                       "#1565c0", "#558b2f"]
}
