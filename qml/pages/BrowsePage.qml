// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Live listings with filters (category, crop, place, price, time left) and a sort order.
Page {
    id: page
    objectName: "browsePage"
    background: null

    function applyPlaceAndPrice() {
        App.listings.stateName = stateField.text
        App.listings.district = districtField.text
        App.listings.mandi = mandiField.text
        App.listings.minPrice = Fmt.parseRupees(minPriceField.text)
        App.listings.maxPrice = Fmt.parseRupees(maxPriceField.text)
    }

    function clearAll() {
        for (const field of [stateField, districtField, mandiField, minPriceField, maxPriceField])
            field.clear()
        categoryBox.currentIndex = 0
        cropBox.currentIndex = 0
        endingBox.currentIndex = 0
        App.listings.categoryId = 0
        App.listings.clearFilters()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ComboBox {
                id: categoryBox
                objectName: "categoryFilter"
                width: 170
                model: App.trader.catalog.categories
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Category")
                onActivated: {
                    App.listings.categoryId = currentValue
                    cropBox.currentIndex = 0
                    App.listings.cropId = 0
                }
            }
            ComboBox {
                id: cropBox
                objectName: "cropFilter"
                width: 190
                model: App.trader.catalog.ready ? App.trader.catalog.crops(categoryBox.currentValue ?? 0) : []
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Crop")
                onActivated: App.listings.cropId = currentValue
            }
            TextField {
                id: stateField
                objectName: "stateFilter"
                width: 140
                placeholderText: qsTr("State")
                onAccepted: page.applyPlaceAndPrice()
            }
            TextField {
                id: districtField
                width: 130
                placeholderText: qsTr("District")
                onAccepted: page.applyPlaceAndPrice()
            }
            TextField {
                id: mandiField
                width: 130
                placeholderText: qsTr("Mandi")
                onAccepted: page.applyPlaceAndPrice()
            }
            TextField {
                id: minPriceField
                objectName: "minPriceFilter"
                width: 120
                placeholderText: qsTr("Min ₹/quintal")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: page.applyPlaceAndPrice()
            }
            TextField {
                id: maxPriceField
                objectName: "maxPriceFilter"
                width: 120
                placeholderText: qsTr("Max ₹/quintal")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: page.applyPlaceAndPrice()
            }
            ComboBox {
                id: endingBox
                objectName: "endingFilter"
                width: 170
                textRole: "text"
                valueRole: "minutes"
                model: [
                    { text: qsTr("Ending: any time"), minutes: 0 },
                    { text: qsTr("Ending within 15 min"), minutes: 15 },
                    { text: qsTr("Ending within 1 hour"), minutes: 60 },
                    { text: qsTr("Ending within 4 hours"), minutes: 240 },
                    { text: qsTr("Ending within 1 day"), minutes: 1440 }
                ]
                Accessible.name: qsTr("Ending within")
                onActivated: App.listings.endingWithinMinutes = currentValue
            }
            ComboBox {
                id: sortBox
                objectName: "sortBox"
                width: 180
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("Ending soonest"), value: "ending_soon" },
                    { text: qsTr("Newest"), value: "newest" },
                    { text: qsTr("Price: low to high"), value: "price_low" },
                    { text: qsTr("Price: high to low"), value: "price_high" }
                ]
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(App.listings.sort))
                Accessible.name: qsTr("Sort")
                onActivated: App.listings.sort = currentValue
            }
            Button {
                objectName: "applyFilters"
                text: qsTr("Apply")
                highlighted: true
                onClicked: page.applyPlaceAndPrice()
            }
            Button {
                objectName: "clearFilters"
                text: qsTr("Clear")
                flat: true
                onClicked: page.clearAll()
            }
        }

        ErrorLabel {
            text: App.listings.lastError.length > 0 ? qsTr("Could not load the listings. Showing the last ones seen.") : ""
            Layout.fillWidth: true
        }

        ListView {
            id: listingsView
            objectName: "listingsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: App.listings
            keyNavigationEnabled: true
            activeFocusOnTab: true
            delegate: ListingCard {
                width: ListView.view.width
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                visible: listingsView.count === 0 && !App.listings.loading
                text: qsTr("No live listings match these filters.")
                color: Theme.mutedText
            }
        }
    }
}
