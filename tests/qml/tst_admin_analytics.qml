// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The admin's Analytics page on the real server after the demo lots with a bid were sold: the totals tiles,
// the uplift and bids/success-rate charts by day, the by-crop and by-mandi tables, and the range.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; AdminShell { anchors.fill: parent } }

    TestCase {
        id: testCase
        name: "AdminAnalytics"
        when: windowShown
        property var shell: null
        property var page: null

        function initTestCase() {
            App.language.code = "en"
            tryCompare(App, "online", true, 10000)
            App.login("admin@boli.example", "admin-demo-pass", false)
            tryCompare(App, "loggedIn", true, 10000)
            shell = shellComponent.createObject(root)
            verify(shell)
            mouseClick(findChild(shell, "navAnalytics"))
            page = findChild(shell, "adminAnalytics")
            tryVerify(() => page.visible, 5000)
            tryVerify(() => App.admin.analytics.totals.loaded && !App.admin.analytics.runner.busy, 10000)
        }

        function cleanupTestCase() {
            if (shell)
                shell.destroy()
        }

        function test_figuresAndCharts() {
            const market = App.admin.analytics
            const totals = market.totals
            verify(totals.sold >= 1) // lots end (and count) on their scheduled day, some of them today
            compare(findChild(page, "analyticsSold").value, String(totals.sold))
            compare(findChild(page, "analyticsListings").value, String(totals.listings))
            compare(findChild(page, "analyticsRevenue").value, totals.revenueText)
            compare(findChild(page, "analyticsSuccess").value, totals.successRateText)
            verify(/^[+−]?\d+\.\d%$/.test(findChild(page, "analyticsUplift").value))
            compare(findChild(page, "analyticsViews").visible, totals.hasViews)
            verify(findChild(page, "analyticsRange").text.indexOf(" – ") > 0)

            // The sales closed today: one day on both charts, and its figures inside the axes.
            const days = market.byDay.count
            verify(days >= 1)
            const dayChart = findChild(page, "analyticsDayChart")
            tryCompare(dayChart, "pointCount", days, 10000)
            tryCompare(dayChart, "secondPointCount", days, 10000)
            compare(dayChart.yAxis.min, 0)
            compare(dayChart.yAxis.max, market.bids.yMax)
            verify(dayChart.yAxis.max > 0)
            const uplift = findChild(page, "analyticsUpliftChart")
            tryVerify(() => uplift.pointCount > 0 && uplift.pointCount === market.uplift.count, 10000)
            compare(uplift.xAxis.min.getTime(), market.uplift.xMin.getTime())
            verify(uplift.yAxis.min <= 0 && uplift.yAxis.max > 0)

            // Each crop sold, each at its own mandi.
            tryCompare(findChild(page, "analyticsByCrop"), "count", market.byCrop.count, 10000)
            verify(market.byCrop.count >= 1)
            tryCompare(findChild(page, "analyticsByMandi"), "count", market.byMandi.count, 10000)
        }

        function test_range() {
            const market = App.admin.analytics
            const sold = market.totals.sold
            const from = findChild(page, "analyticsFrom")
            const to = findChild(page, "analyticsTo")
            const error = findChild(page, "analyticsError")
            // A date that does not exist is refused here with a sentence; the figures stay.
            from.text = "2026-02-30"
            mouseClick(findChild(page, "analyticsApply"))
            tryVerify(() => error.text.length > 0, 5000)
            compare(market.totals.sold, sold)
            // A month with no sale: nothing closed, and the charts say so instead of drawing.
            from.text = "2026-01-01"
            to.text = "2026-01-31"
            mouseClick(findChild(page, "analyticsApply"))
            tryCompare(market, "from", "2026-01-01", 10000)
            tryCompare(market.totals, "listings", 0, 10000)
            compare(error.text, "")
            compare(findChild(page, "analyticsDayChart").pointCount, 0)
            verify(findChild(page, "timeSeriesChartEmpty").visible)
            // The last 7 days bring the sales back.
            mouseClick(findChild(page, "analyticsLast7"))
            tryCompare(market.totals, "sold", sold, 10000)
            compare(from.text, market.from)
        }
    }
}
