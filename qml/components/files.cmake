# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/components, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_COMPONENTS
    components/ConnectionBanner.qml
    components/ErrorLabel.qml
    components/LanguageToggle.qml
    components/Theme.qml
    components/Toast.qml
    components/FigureTile.qml
    components/PriceHistoryChart.qml
    components/TimeSeriesChart.qml
)
