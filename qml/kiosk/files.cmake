# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/kiosk, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_KIOSK
    kiosk/KioskShell.qml
    kiosk/KioskAgentRegister.qml
    kiosk/KioskButton.qml
    kiosk/KioskCropGrid.qml
    kiosk/KioskField.qml
    kiosk/KioskHome.qml
    kiosk/KioskKeyboard.qml
    kiosk/KioskListingCard.qml
    kiosk/KioskListingForm.qml
    kiosk/KioskLogin.qml
    kiosk/KioskMyListings.qml
    kiosk/KioskPhotos.qml
    kiosk/KioskSales.qml
    kiosk/KioskResults.qml
    kiosk/KioskWelcome.qml
)
