// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The shared pieces every mode uses: the language switch, the banner, money and time formats.
// TestCase itself is invisible: components are created in the visible root item.
Item {
    id: root
    width: 800
    height: 600

    TestCase {
        id: testCase
        name: "Components"
        when: windowShown

        Component { id: bannerComponent; ConnectionBanner { width: 800 } }
        Component { id: toggleComponent; LanguageToggle {} }

        function init() {
            App.language.code = "en"
        }

        function test_bannerFollowsConnection() {
            const banner = createTemporaryObject(bannerComponent, root)
            tryCompare(App, "online", true, 10000)
            compare(banner.visible, false)
        }

        function test_languageToggleSwitchesAtRuntime() {
            const toggle = createTemporaryObject(toggleComponent, root)
            verify(toggle.width > 0 && toggle.height > 0)
            waitForRendering(toggle)
            compare(toggle.text, "हिन्दी")
            mouseClick(toggle)
            compare(App.language.code, "hi")
            compare(toggle.text, "English")
            mouseClick(toggle)
            compare(App.language.code, "en")
        }

        function test_indianMoney() {
            compare(Fmt.rupees(12345000), "₹1,23,450")
            compare(Fmt.rupees(12345005), "₹1,23,450.05")
            compare(Fmt.parseRupees("1,23,450"), 12345000)
            compare(Fmt.parseRupees("abc"), -1)
            compare(Fmt.quantity(250000), "2,50,000 kg")
        }

        function test_countdown() {
            compare(Fmt.countdown(0), "0:00")
            compare(Fmt.countdown(-5000), "0:00")
            compare(Fmt.countdown(7000), "0:07")
            compare(Fmt.countdown(299000), "4:59")
            compare(Fmt.countdown(7509000), "2:05:09")
        }

        function test_serverClockTicks() {
            tryCompare(App, "online", true, 10000)
            const before = App.now
            tryVerify(function() { return App.now > before }, 3000)
        }
    }
}
