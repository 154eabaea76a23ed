// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Boli
import Boli.Backend

// The lot's details for one crop: quantity, starting price beside the mandi price, duration, place,
// optional photos. Submitting hands the lot to the outbox; the result shows when it reports.
Page {
    id: page
    objectName: "kioskListingForm"
    required property int cropId
    signal changeCrop()
    signal showMine()
    signal done()
    readonly property var form: App.kiosk.form
    readonly property bool hasResult: ["queued", "sent", "failed"].indexOf(form.submitState) >= 0
    // Re-read when the language switches, so the heading follows the toggle.
    readonly property string cropName: { App.language.code; return App.kiosk.crops.nameOf(page.cropId) }
    background: Rectangle { color: Theme.background }

    function lookUpReference() {
        page.form.lookUpReference(page.cropId, mandi.text, district.text, stateName.text)
        App.kiosk.priceHistory.load(page.cropId, mandi.text, district.text, stateName.text)
    }

    Component.onCompleted: {
        form.reset()
        form.load()
        lookUpReference()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: body.implicitHeight + 2 * Theme.margin
        clip: true
        visible: !page.hasResult

        // The form on the left; the crop's last 30 days of mandi prices on the right, beside the
        // mandi price and the suggestion (below the form on a narrow screen). The form keeps its
        // height, so the submit button stays where a farmer finds it.
        GridLayout {
            id: body
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.width > 900 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            ColumnLayout {
                id: column
                spacing: Theme.margin
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Selling: %1").arg(page.cropName)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.primary
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    KioskButton {
                        text: qsTr("Change crop")
                        flat: true
                        font.pixelSize: Theme.fontNormal
                        onClicked: page.changeCrop()
                    }
                }
                Label {
                    visible: App.kiosk.fieldAgent
                    text: qsTr("For the farmer %1").arg(App.kiosk.farmerName)
                    font.pixelSize: Theme.fontNormal
                    color: Theme.mutedText
                }
                GridLayout {
                    columns: page.width > 900 ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.margin
                    Layout.fillWidth: true

                    KioskField {
                        id: quantity
                        label: qsTr("Quantity (kg)")
                        field.objectName: "quantityField"
                        field.inputMethodHints: Qt.ImhDigitsOnly
                        field.maximumLength: 12
                        helper: App.kiosk.quintalHint(App.kiosk.parseKg(quantity.text))
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                    KioskField {
                        id: price
                        label: qsTr("Starting price (₹ per quintal)")
                        field.objectName: "startingPriceField"
                        field.inputMethodHints: Qt.ImhFormattedNumbersOnly
                        field.maximumLength: 14
                        helper: page.form.referencePrice > 0
                                ? qsTr("Mandi price: %1 (%2 – %3)").arg(Fmt.perQuintal(page.form.referencePrice))
                                      .arg(Fmt.rupees(page.form.referenceMin)).arg(Fmt.rupees(page.form.referenceMax))
                                : ""
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                }
                Label {
                    // The helper of the price field says it too; this one is the named contract for tests.
                    objectName: "referencePriceLabel"
                    visible: page.form.referencePrice > 0
                    text: visible ? qsTr("Today's mandi price: %1").arg(Fmt.perQuintal(page.form.referencePrice)) : ""
                    font.pixelSize: Theme.fontNormal
                    color: Theme.accent
                }
                Label {
                    // From the reference price and recent Boli sales nearby (docs/market-prices.md).
                    objectName: "suggestedPriceLabel"
                    visible: page.form.suggestedHigh > 0
                    text: visible ? qsTr("Suggested starting price: %1 – %2")
                                        .arg(Fmt.rupees(page.form.suggestedLow)).arg(Fmt.perQuintal(page.form.suggestedHigh))
                                  : ""
                    font.pixelSize: Theme.fontNormal
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Auction runs for")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.mutedText
                    }
                    ComboBox {
                        id: duration
                        objectName: "durationBox"
                        model: page.form.durations
                        currentIndex: page.form.defaultDurationIndex
                        displayText: currentIndex >= 0 ? App.kiosk.durationText(currentValue) : ""
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontLarge
                        Layout.preferredWidth: Math.min(column.width, 480)
                        delegate: ItemDelegate {
                            required property int modelData
                            width: duration.width
                            height: Theme.touchTarget
                            font.pixelSize: Theme.fontLarge
                            text: App.kiosk.durationText(modelData)
                        }
                    }
                }
                GridLayout {
                    columns: page.width > 900 ? 3 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.margin
                    Layout.fillWidth: true
                    KioskField {
                        id: mandi
                        label: qsTr("Mandi")
                        text: page.form.lastMandi
                        field.objectName: "mandiField"
                        field.onEditingFinished: page.lookUpReference()
                        Layout.fillWidth: true
                    }
                    KioskField {
                        id: district
                        label: qsTr("District")
                        text: page.form.lastDistrict
                        field.objectName: "districtField"
                        field.onEditingFinished: page.lookUpReference()
                        Layout.fillWidth: true
                    }
                    KioskField {
                        id: stateName
                        label: qsTr("State")
                        text: page.form.lastState
                        field.objectName: "stateField"
                        field.onEditingFinished: page.lookUpReference()
                        Layout.fillWidth: true
                    }
                }
                KioskPhotos {
                    uploader: page.form.photos
                    Layout.fillWidth: true
                }
                ErrorLabel {
                    objectName: "listingFormError"
                    text: page.form.error
                    font.pixelSize: Theme.fontNormal
                    Layout.fillWidth: true
                }
                KioskButton {
                    objectName: "submitListingButton"
                    text: page.form.submitState === "sending" ? qsTr("Sending…") : qsTr("Put up for auction")
                    highlighted: true
                    // Durations come from the server (or the last time it was reached).
                    enabled: page.form.durations.length > 0 && page.form.submitState !== "sending"
                             && !page.form.photos.busy
                    Layout.fillWidth: true
                    onClicked: App.kiosk.submitListing(page.cropId, App.kiosk.parseKg(quantity.text),
                                                       Fmt.parseRupees(price.text), duration.currentValue,
                                                       mandi.text, district.text, stateName.text)
                }
            }
            PriceHistoryChart {
                objectName: "kioskPriceChart"
                history: App.kiosk.priceHistory
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
            }
        }
    }

    ColumnLayout {
        objectName: "listingSubmitted"
        visible: page.hasResult
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 800)
        spacing: Theme.margin

        Label {
            objectName: "listingSubmittedText"
            text: page.form.submitState === "sent"
                  ? qsTr("Your %1 is listed (number %2). Traders will see it once it is open for bids.")
                        .arg(page.cropName).arg(page.form.submittedListingId)
                  : page.form.submitState === "queued"
                    ? qsTr("No connection right now. Your listing is saved and will be sent automatically.")
                    : qsTr("The listing was not accepted: %1").arg(page.form.submitMessage)
            color: page.form.submitState === "failed" ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        KioskButton {
            visible: page.form.submitState === "failed"
            text: qsTr("Change and try again")
            Layout.fillWidth: true
            onClicked: page.form.reset()
        }
        KioskButton {
            // Same name as home's button: from here too it leads to the farmer's listings.
            objectName: "kioskMyListingsButton"
            text: qsTr("See my listings")
            highlighted: true
            Layout.fillWidth: true
            onClicked: page.showMine()
        }
        KioskButton {
            text: qsTr("Back to the start")
            Layout.fillWidth: true
            onClicked: page.done()
        }
    }
}
