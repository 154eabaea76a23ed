// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The trader's listing detail on the real server: open a demo lot from the browse list, bid the
// prefilled minimum with a click and with Enter, and see the price, history and result follow.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; DesktopShell { width: root.width; height: root.height } }

    TestCase {
        id: testCase
        name: "TraderDetail"
        when: windowShown

        // Demo lot 3 (mustard, Kota, two hours) was opened by trader 9700000003, so trader 9700000001
        // can bid on it; ending soon, it is near the top of the list (delegates exist only in view).
        readonly property int lot: 3

        function initTestCase() {
            App.language.code = "en"
            tryCompare(App, "online", true, 10000)
            App.login("9700000001", "trader-demo-pass", false)
            tryCompare(App, "loggedIn", true, 10000)
        }

        function openLot(shell) {
            const view = findChild(shell, "listingsView")
            tryVerify(function() { return view.count === 12 }, 10000, "count " + view.count + " rows " + App.listings.rowCount())
            let card = null
            tryVerify(function() { card = findChild(shell, "listing_" + testCase.lot); return card !== null }, 5000)
            mouseClick(card)
            const detail = findChild(shell, "listingDetail")
            tryVerify(function() { return detail.visible }, 5000)
            tryCompare(App.trader.detail, "loaded", true, 10000)
            return detail
        }

        // The crop's mandi prices beside the live price: lot 3 is mustard at Kota, a mandi the
        // shipped sample reports every day.
        function test_priceChartBesideTheLivePrice() {
            const shell = createTemporaryObject(shellComponent, root)
            const detail = openLot(shell)
            const chart = findChild(detail, "detailPriceChart")
            const history = App.trader.priceHistory
            tryVerify(() => history.hasData, 10000)
            tryCompare(chart, "pointCount", history.series.count, 10000)
            compare(chart.pointCount, 30)
            compare(history.level, "market")
            compare(chart.yAxis.min, history.series.yMin)
            compare(chart.yAxis.max, history.series.yMax)
            verify(history.latestModal > 0)
            verify(chart.yAxis.min < history.latestModal / 100 && chart.yAxis.max > history.latestModal / 100)
            mouseClick(findChild(detail, "backButton"))
            tryCompare(history.series, "count", 0, 10000)
        }

        function test_bidFromTheDetailPage() {
            const shell = createTemporaryObject(shellComponent, root)
            const detail = openLot(shell)
            compare(App.trader.detail.listingId, testCase.lot)
            compare(findChild(detail, "detailStatus").text, "Live")
            verify(findChild(detail, "detailCountdown").text.length > 0)
            const field = findChild(detail, "bidAmountField")
            tryCompare(field, "text", App.trader.detail.minimumBidInput)
            verify(field.text.length > 0)
            compare(findChild(detail, "buyNowButton").visible, false) // demo lots have no Buy Now
            compare(findChild(detail, "detailOutcome").visible, false)

            const history = findChild(detail, "bidHistoryView")
            const rowsBefore = history.count
            const expected = Fmt.perQuintal(App.trader.detail.minimumBid)
            mouseClick(findChild(detail, "placeBidButton"))
            tryCompare(findChild(detail, "detailPrice"), "text", expected, 10000)
            tryCompare(history, "count", rowsBefore + 1, 10000)
            // The watch events and the bid's reply may be read in either order: wait for the reply too.
            const result = findChild(detail, "bidResultLabel")
            tryVerify(() => result.visible && result.text.indexOf("You lead") >= 0, 10000, result.text)
            tryCompare(App.trader.detail, "leading", true)

            // The field refills with the new minimum; Enter bids it.
            tryCompare(field, "text", App.trader.detail.minimumBidInput)
            const next = Fmt.perQuintal(App.trader.detail.minimumBid)
            field.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(findChild(detail, "detailPrice"), "text", next, 10000)

            // A bad amount says what is wrong, in words.
            field.text = "abc"
            mouseClick(findChild(detail, "placeBidButton"))
            tryVerify(function() { return result.text.indexOf("rupees") >= 0 }, 5000)
            compare(findChild(detail, "detailPrice").text, next)
        }

        function test_escapeGoesBackToBrowse() {
            const shell = createTemporaryObject(shellComponent, root)
            const detail = openLot(shell)
            keyClick(Qt.Key_Escape)
            tryVerify(function() { return findChild(shell, "browsePage").visible }, 5000)
            verify(!detail.visible)
            compare(App.trader.detail.listingId, 0)

            // openListing (what the end-to-end test uses) shows the detail from anywhere.
            App.trader.openListing(testCase.lot)
            tryVerify(function() { return detail.visible }, 5000)
            tryCompare(App.trader.detail, "loaded", true, 10000)
        }

        function test_proxyMaximum() {
            const shell = createTemporaryObject(shellComponent, root)
            const detail = openLot(shell)
            tryCompare(findChild(detail, "bidAmountField"), "text", App.trader.detail.minimumBidInput)
            const proxy = findChild(detail, "proxyMaxField")
            proxy.text = "9,00,000"
            mouseClick(findChild(detail, "setProxyButton"))
            const result = findChild(detail, "bidResultLabel")
            tryVerify(function() { return result.text.indexOf("₹9,00,000") >= 0 }, 10000)
            compare(App.trader.detail.leading, true)
        }
    }
}
