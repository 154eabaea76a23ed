// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The farmer's charts at the kiosk, on the real server: "My results" after three demo lots were sold
// (totals, the uplift-over-time chart, the per-listing list), and the 30-day mandi price chart on
// the listing form, fed from the shipped sample prices.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shellComponent; KioskShell { width: root.width; height: root.height } }
    Component { id: formComponent; KioskListingForm { width: root.width; height: root.height } }

    TestCase {
        id: testCase
        name: "KioskAnalytics"
        when: windowShown

        function initTestCase() {
            App.language.code = "en"
            App.kiosk.idleSeconds = 600
            tryCompare(App, "online", true, 10000)
            App.kiosk.crops.refresh()
            tryVerify(() => App.kiosk.crops.count > 40, 10000)
        }

        function page(shell, name) {
            let found = null
            tryVerify(function() {
                found = shell.stack.currentItem
                return found !== null && found.objectName === name && !shell.stack.busy
            }, 10000, "page " + name)
            verify(waitForItemPolished(found, 5000))
            return found
        }

        function cropIdNamed(name) {
            for (let id = 1; id < 500; ++id) {
                if (App.kiosk.crops.nameOf(id) === name)
                    return id
            }
            fail("no crop " + name)
        }

        function test_myResults() {
            const shell = createTemporaryObject(shellComponent, root)
            mouseClick(findChild(page(shell, "kioskWelcome"), "kioskStartButton"))
            const login = page(shell, "kioskLogin")
            findChild(login, "kioskPhoneField").text = "9800000001"
            findChild(login, "kioskPinField").text = "1234"
            const button = findChild(login, "kioskLoginButton")
            tryVerify(() => button.enabled, 10000)
            mouseClick(button)
            const home = page(shell, "kioskHome")
            mouseClick(findChild(home, "kioskResultsButton"))
            const results = page(shell, "kioskResults")
            const totals = App.kiosk.analytics.totals
            tryVerify(() => totals.loaded, 10000)
            verify(totals.sold >= 3) // the three demo lots with a bid were sold before the test
            compare(findChild(results, "resultSold").value, String(totals.sold))
            compare(findChild(results, "resultListings").value, String(totals.listings))
            compare(findChild(results, "resultRevenue").value, totals.revenueText)
            verify(totals.revenueText.startsWith("₹"))
            compare(findChild(results, "resultSuccess").value, totals.successRateText)
            verify(totals.hasUplift)
            verify(/^[+−]?\d+\.\d%$/.test(findChild(results, "resultUplift").value))
            compare(findChild(results, "resultViews").visible, totals.hasViews)

            // One point per sale with a mandi price, and the axes around them.
            const chart = findChild(results, "kioskUpliftChart")
            const series = App.kiosk.analytics.uplift
            tryVerify(() => chart.pointCount > 0 && chart.pointCount === series.count, 10000)
            compare(chart.pointCount, totals.sold)
            compare(chart.yAxis.min, series.yMin)
            compare(chart.yAxis.max, series.yMax)
            verify(chart.yAxis.min <= 0 && chart.yAxis.max > 0)
            compare(chart.xAxis.min.getTime(), series.xMin.getTime())
            verify(chart.xAxis.max.getTime() > chart.xAxis.min.getTime())

            // Every listing of the farmer, each with its final and mandi price.
            const list = findChild(results, "kioskResultList")
            tryCompare(list, "count", App.kiosk.analytics.listings.count, 10000)
            verify(list.count >= totals.sold)
        }

        function test_mandiPriceChartOnTheForm() {
            const wheat = cropIdNamed("Wheat")
            const form = createTemporaryObject(formComponent, root, { cropId: wheat })
            findChild(form, "mandiField").text = "Khanna"
            findChild(form, "districtField").text = "Ludhiana"
            findChild(form, "stateField").text = "Punjab"
            form.lookUpReference()
            const chart = findChild(form, "kioskPriceChart")
            const history = App.kiosk.priceHistory
            tryVerify(() => history.loaded && history.hasData, 10000)
            compare(history.level, "market")
            // The sample has every one of the last 30 days at the demo lot's mandi.
            tryCompare(chart, "pointCount", 30, 10000)
            compare(history.series.count, 30)
            compare(chart.yAxis.min, history.series.yMin)
            compare(chart.yAxis.max, history.series.yMax)
            verify(chart.yAxis.min > 0 && chart.yAxis.max > chart.yAxis.min)
            compare(chart.xAxis.max.getTime(), history.series.xMax.getTime())
            const source = findChild(form, "priceChartSource")
            verify(source.visible)
            verify(source.text.indexOf("not real") >= 0)
            // The reference beside it comes from the same prices.
            tryVerify(() => findChild(form, "referencePriceLabel").visible, 10000)

            // In Hindi, the chart's words follow.
            App.language.code = "hi"
            tryVerify(() => /[\u0900-\u097F]/.test(source.text), 5000)
            App.language.code = "en"
        }
    }
}
