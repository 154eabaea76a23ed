// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Boli
import Boli.Backend

// The kiosk as a farmer uses it: welcome → phone and PIN → crop grid → form → submit, and the
// result the outbox reports; an idle kiosk returns to welcome with nothing of the farmer left.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "KioskFlow"
        when: windowShown

        Component { id: shellComponent; KioskShell { width: root.width; height: root.height } }

        function init() {
            App.language.code = "en"
            App.kiosk.idleSeconds = 600
            if (App.loggedIn) {
                App.kiosk.endSession()
                tryCompare(App, "loggedIn", false, 10000)
            }
            tryCompare(App, "online", true, 10000)
        }

        function page(shell, name) {
            let found = null
            tryVerify(function() {
                found = shell.stack.currentItem
                return found !== null && found.objectName === name && !shell.stack.busy
            }, 10000, "page " + name)
            // Touch only what is laid out: layouts place their items when the window polishes.
            verify(waitForItemPolished(found, 5000))
            return found
        }

        // The grid's tile at `index`, once the catalog is loaded and the tile is laid out.
        function tileAt(grid, index) {
            tryVerify(function() { return grid.count > 40 && grid.itemAtIndex(index) !== null }, 10000)
            verify(waitForItemPolished(grid, 5000))
            return grid.itemAtIndex(index)
        }

        // Through the screens; `wrongPinFirst` also checks that a wrong PIN is refused with a sentence.
        function logIn(shell, wrongPinFirst) {
            const welcome = page(shell, "kioskWelcome")
            mouseClick(findChild(welcome, "kioskStartButton"))
            const login = page(shell, "kioskLogin")
            const pin = findChild(login, "kioskPinField")
            const button = findChild(login, "kioskLoginButton")
            findChild(login, "kioskPhoneField").text = "9800000001"
            if (wrongPinFirst === true) {
                pin.text = "9999"
                mouseClick(button)
                const error = findChild(login, "kioskLoginError")
                tryVerify(function() { return error.visible && error.text.length > 0 }, 10000)
                compare(App.loggedIn, false)
            }
            pin.text = "1234"
            tryVerify(function() { return button.enabled }, 10000)
            mouseClick(button)
            return page(shell, "kioskHome")
        }

        function test_farmerListsACrop() {
            const shell = createTemporaryObject(shellComponent, root)
            const home = logIn(shell, true)
            mouseClick(findChild(home, "kioskNewListingButton"))

            const crops = page(shell, "kioskCropPage")
            const grid = findChild(crops, "cropGrid")
            const tile = tileAt(grid, 0)
            verify(tile.objectName.startsWith("cropTile_"))
            const cropId = parseInt(tile.objectName.substring("cropTile_".length))
            verify(findChild(grid, "cropTile_" + cropId) !== null)
            mouseClick(tile)

            const form = page(shell, "kioskListingForm")
            compare(form.cropId, cropId)
            const durations = findChild(form, "durationBox")
            tryVerify(function() { return durations.count === 6 }, 10000)
            compare(durations.currentValue, 60)
            verify(!findChild(form, "referencePriceLabel").visible) // no reference on this server

            // Nothing typed: the form says what is missing and sends nothing.
            const submit = findChild(form, "submitListingButton")
            mouseClick(submit)
            const error = findChild(form, "listingFormError")
            verify(error.visible && error.text.length > 0)
            compare(App.kiosk.form.submitState, "")
            verify(!findChild(form, "listingSubmitted").visible)

            findChild(form, "quantityField").text = "2,500"
            findChild(form, "startingPriceField").text = "4,500"
            findChild(form, "mandiField").text = "Khanna"
            findChild(form, "districtField").text = "Ludhiana"
            findChild(form, "stateField").text = "Punjab"
            mouseClick(submit)
            const result = findChild(form, "listingSubmitted")
            tryVerify(function() { return result.visible }, 10000)
            compare(App.kiosk.form.submitState, "sent")
            verify(App.kiosk.form.submittedListingId > 0)
            const text = findChild(form, "listingSubmittedText").text
            verify(text.indexOf(String(App.kiosk.form.submittedListingId)) >= 0, text)
            verify(!error.visible)

            // The next form on this kiosk starts with the same place.
            shell.goHome()
            mouseClick(findChild(page(shell, "kioskHome"), "kioskNewListingButton"))
            const grid2 = findChild(page(shell, "kioskCropPage"), "cropGrid")
            mouseClick(tileAt(grid2, 0))
            const next = page(shell, "kioskListingForm")
            compare(findChild(next, "mandiField").text, "Khanna")
            compare(findChild(next, "stateField").text, "Punjab")
            verify(!findChild(next, "listingSubmitted").visible)
        }

        function test_languageToggleOnEveryPage() {
            const shell = createTemporaryObject(shellComponent, root)
            const toggle = findChild(shell, "languageToggle")
            function toggleShown(name) {
                page(shell, name)
                // Shown and wholly inside the window, once the bar has laid out for this page.
                tryVerify(function() {
                    const at = toggle.mapToItem(root, 0, 0)
                    return toggle.visible && toggle.width > 0 && at.x >= 0 && at.y >= 0
                           && at.x + toggle.width <= root.width && at.y + toggle.height <= root.height
                }, 5000, name)
            }
            toggleShown("kioskWelcome")
            mouseClick(toggle)
            compare(App.language.code, "hi")
            compare(toggle.text, "English")
            mouseClick(findChild(page(shell, "kioskWelcome"), "kioskStartButton"))
            toggleShown("kioskLogin")
            shell.stack.pop()
            const home = logIn(shell)
            toggleShown("kioskHome")
            mouseClick(findChild(home, "kioskNewListingButton"))
            toggleShown("kioskCropPage")
            const grid = findChild(shell.stack.currentItem, "cropGrid")
            const first = tileAt(grid, 0)
            // Hindi first: the tile names the crop in Devanagari.
            verify(/[\u0900-\u097F]/.test(first.name), first.name)
            mouseClick(first)
            toggleShown("kioskListingForm")
            shell.goHome()
            mouseClick(findChild(page(shell, "kioskHome"), "kioskMyListingsButton"))
            toggleShown("kioskMyListings")
            shell.goHome()
            mouseClick(findChild(page(shell, "kioskHome"), "kioskSalesButton"))
            toggleShown("kioskSales")
            mouseClick(toggle)
            compare(App.language.code, "en")
        }

        function test_myListingsShowTheFarmersLots() {
            const shell = createTemporaryObject(shellComponent, root)
            const home = logIn(shell)
            mouseClick(findChild(home, "kioskNewListingButton"))
            const grid = findChild(page(shell, "kioskCropPage"), "cropGrid")
            mouseClick(tileAt(grid, 1))
            const form = page(shell, "kioskListingForm")
            tryVerify(function() { return findChild(form, "durationBox").count > 0 }, 10000)
            findChild(form, "mandiField").text = "Kota"
            findChild(form, "districtField").text = "Kota"
            findChild(form, "stateField").text = "Rajasthan"
            findChild(form, "quantityField").text = "1200"
            findChild(form, "startingPriceField").text = "2100"
            mouseClick(findChild(form, "submitListingButton"))
            tryCompare(App.kiosk.form, "submitState", "sent", 10000)
            const id = App.kiosk.form.submittedListingId

            shell.goHome()
            mouseClick(findChild(page(shell, "kioskHome"), "kioskMyListingsButton"))
            const view = findChild(page(shell, "kioskMyListings"), "myListingsView")
            let card = null
            tryVerify(function() {
                for (let i = 0; i < view.count; ++i) {
                    const item = view.itemAtIndex(i)
                    if (item && item.objectName === "myListing_" + id)
                        card = item
                }
                return card !== null
            }, 10000)
            compare(findChild(card, "myListingStatus_" + id).text, "Waiting for approval")
            compare(findChild(card, "myListingPrice_" + id).text, "Starts at ₹2,100/quintal")
            verify(!findChild(card, "acceptButton_" + id).visible) // no bid yet
            const withdraw = findChild(card, "cancelButton_" + id)
            verify(withdraw.visible)
            mouseClick(withdraw)
            tryCompare(findChild(card, "myListingStatus_" + id), "text", "Cancelled", 10000)
            verify(!withdraw.visible)
        }

        function test_fieldAgentRegistersAFarmer() {
            const shell = createTemporaryObject(shellComponent, root)
            const toggle = findChild(shell, "languageToggle")
            mouseClick(findChild(page(shell, "kioskWelcome"), "kioskAgentButton"))
            const login = page(shell, "kioskLogin")
            compare(login.agent, true)
            findChild(login, "kioskPhoneField").text = "9000000001"
            findChild(login, "kioskPinField").text = "agent-demo-pass"
            mouseClick(findChild(login, "kioskLoginButton"))
            const home = page(shell, "kioskHome")
            verify(!findChild(home, "kioskNewListingButton").enabled) // no farmer chosen yet
            mouseClick(findChild(home, "kioskRegisterFarmerButton"))
            const register = page(shell, "agentRegisterFarmer")
            verify(toggle.visible)
            findChild(register, "farmerNameField").text = "Mohan Lal"
            findChild(register, "farmerPhoneField").text = "9822222222"
            findChild(register, "farmerPinField").text = "5678"
            mouseClick(findChild(register, "registerFarmerButton"))
            const listFor = findChild(register, "listForFarmerButton")
            tryVerify(function() { return listFor.visible }, 10000)
            compare(App.kiosk.farmerName, "Mohan Lal")
            waitForItemPolished(register, 5000)
            mouseClick(listFor)
            page(shell, "kioskCropPage")
            verify(toggle.visible)
        }

        function test_idleKioskReturnsToWelcome() {
            const shell = createTemporaryObject(shellComponent, root)
            const home = logIn(shell)
            mouseClick(findChild(home, "kioskMyListingsButton"))
            const view = findChild(page(shell, "kioskMyListings"), "myListingsView")
            tryVerify(function() { return view.count > 0 }, 10000)
            App.kiosk.idleSeconds = 1
            page(shell, "kioskWelcome")
            compare(App.loggedIn, false)
            compare(App.kiosk.myListings.count, 0)
            compare(App.kiosk.crops.count, 0)
        }
    }
}
