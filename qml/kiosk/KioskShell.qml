// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The kiosk's frame: a bar with the language switch always in view, the pages in a stack, and the
// on-screen keyboard. It does its own login and goes back to welcome whenever the session ends.
Page {
    id: shell
    objectName: "kioskShell"
    readonly property alias stack: stack

    function goWelcome() {
        if (!(stack.currentItem && stack.currentItem.objectName === "kioskWelcome"))
            stack.replace(null, welcomePage)
    }
    function goHome() {
        stack.replace(null, homePage)
    }

    header: ToolBar {
        implicitHeight: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            KioskButton {
                objectName: "kioskBackButton"
                visible: stack.depth > 1
                text: qsTr("‹ Back")
                font.pixelSize: Theme.fontNormal
                onClicked: stack.pop()
            }
            Label {
                text: App.loggedIn ? qsTr("Boli mandi kiosk · %1").arg(App.displayName) : qsTr("Boli mandi kiosk")
                color: Theme.primaryText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            LanguageToggle {
                font.pixelSize: Theme.fontLarge
            }
        }
    }

    StackView {
        id: stack
        objectName: "kioskStack"
        anchors.fill: parent
        anchors.bottomMargin: keyboard.visible ? keyboard.height : 0
        initialItem: welcomePage
        // Pages change at once: kiosk hardware is modest, and a page sliding in ignores touches.
        pushEnter: null
        pushExit: null
        popEnter: null
        popExit: null
        replaceEnter: null
        replaceExit: null
    }

    // The on-screen keyboard. Where it is not the input method (tests, a desk with a keyboard) the
    // panel never becomes active and stays hidden.
    KioskKeyboard {
        id: keyboard
        width: shell.width
        y: shell.height - height
    }

    Connections {
        target: App
        function onSessionChanged() {
            if (!App.loggedIn)
                shell.goWelcome()
            else if (stack.currentItem && stack.currentItem.objectName === "kioskLogin")
                shell.goHome()
        }
    }
    Connections {
        target: App.kiosk
        function onSessionReset() { shell.goWelcome() }
        function onActionFinished(ok, message) { toast.show(message, !ok) }
    }

    Toast { id: toast }

    Component {
        id: welcomePage
        KioskWelcome {
            onStart: stack.push(loginPage, { agent: false })
            onAgentStart: stack.push(loginPage, { agent: true })
        }
    }
    Component {
        id: loginPage
        KioskLogin {}
    }
    Component {
        id: homePage
        KioskHome {
            onNewListing: stack.push(cropPage)
            onMyListings: stack.push(minePage)
            onSales: stack.push(salesPage)
            onRegisterFarmer: stack.push(registerPage)
            onResults: stack.push(resultsPage)
        }
    }
    Component {
        id: cropPage
        KioskCropGrid {
            onChosen: (cropId, name) => stack.push(formPage, { cropId: cropId })
        }
    }
    Component {
        id: formPage
        KioskListingForm {
            onChangeCrop: stack.pop()
            onShowMine: {
                shell.goHome()
                stack.push(minePage)
            }
            onDone: shell.goHome()
        }
    }
    Component {
        id: minePage
        KioskMyListings {}
    }
    Component {
        id: salesPage
        KioskSales {}
    }
    Component {
        id: resultsPage
        KioskResults {}
    }
    Component {
        id: registerPage
        KioskAgentRegister {
            onListForFarmer: stack.push(cropPage)
        }
    }
}
