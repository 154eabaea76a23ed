// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The trader desktop's frame and browse page on the real server: the twelve demo lots with crop
// names in the current language, filters, keyboard navigation and the watchlist.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; DesktopShell { width: root.width; height: root.height } }

    TestCase {
        id: testCase
        name: "TraderBrowse"
        when: windowShown

        function initTestCase() {
            App.language.code = "en"
            tryCompare(App, "online", true, 10000)
            App.login("9700000001", "trader-demo-pass", false)
            tryCompare(App, "loggedIn", true, 10000)
        }

        function init() {
            App.language.code = "en"
            App.listings.clearFilters()
            App.listings.categoryId = 0
        }

        function test_listsTheDemoLotsWithCropNames() {
            const shell = createTemporaryObject(shellComponent, root)
            const view = findChild(shell, "listingsView")
            tryCompare(view, "count", 12, 10000)
            tryVerify(function() { return App.trader.catalog.ready }, 10000)
            let card = null
            tryVerify(function() { card = findChild(shell, "listing_1"); return card !== null }, 5000)
            tryVerify(function() { return card.Accessible.name.indexOf("Wheat") === 0 }, 5000)
            App.language.code = "hi"
            tryVerify(function() { return card.Accessible.name.indexOf("गेहूँ") === 0 }, 5000)
        }

        function test_filtersByStateAndPrice() {
            const shell = createTemporaryObject(shellComponent, root)
            const view = findChild(shell, "listingsView")
            tryCompare(view, "count", 12, 10000)
            const state = findChild(shell, "stateFilter")
            state.forceActiveFocus()
            state.text = "rajasthan"
            keyClick(Qt.Key_Return)
            tryCompare(view, "count", 2, 10000) // Kota and Bikaner
            const min = findChild(shell, "minPriceFilter")
            min.text = "5,700"
            mouseClick(findChild(shell, "applyFilters"))
            tryCompare(view, "count", 1, 10000) // gram at ₹5,800
            verify(findChild(shell, "listing_8") !== null)
            mouseClick(findChild(shell, "clearFilters"))
            tryCompare(view, "count", 12, 10000)
            compare(state.text, "")
        }

        function test_navigationByKeyboardAndButtons() {
            const shell = createTemporaryObject(shellComponent, root)
            const browse = findChild(shell, "browsePage")
            tryVerify(function() { return browse.visible }, 5000)
            keyClick(Qt.Key_2, Qt.ControlModifier)
            tryVerify(function() { return findChild(shell, "watchlistPage").visible }, 5000)
            keyClick(Qt.Key_3, Qt.ControlModifier)
            tryVerify(function() { return findChild(shell, "myBidsPage").visible }, 5000)
            mouseClick(findChild(shell, "navWon"))
            tryVerify(function() { return findChild(shell, "wonPage").visible }, 5000)
            mouseClick(findChild(shell, "navNotifications"))
            tryVerify(function() { return findChild(shell, "notificationsPage").visible }, 5000)
            mouseClick(findChild(shell, "navBrowse"))
            tryVerify(function() { return browse.visible }, 5000)
            verify(findChild(shell, "logoutButton").visible)
        }

        function test_saveToWatchlist() {
            const shell = createTemporaryObject(shellComponent, root)
            App.trader.openListing(3)
            const detail = findChild(shell, "listingDetail")
            tryVerify(function() { return detail.visible }, 5000)
            tryCompare(App.trader.detail, "loaded", true, 10000)
            mouseClick(findChild(detail, "watchlistToggle"))
            tryCompare(App.trader.detail, "saved", true, 10000)
            mouseClick(findChild(shell, "navWatchlist"))
            const list = findChild(shell, "watchlistView")
            tryCompare(list, "count", 1, 10000)
            verify(findChild(list, "listing_3") !== null)
        }
    }
}
