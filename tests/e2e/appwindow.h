// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clientapp.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <memory>

namespace boli::test {

/// @brief One real boli-client window (its own ClientApp, QML engine and Main.qml) driven the way a
/// user would: find an item by objectName, type into it, click it, read what it shows.
///
/// Several can run in one process against one test server: a farmer's kiosk and two traders.
class AppWindow
{
public:
    /// `mode`: "desktop", "kiosk" or "admin"; `language`: "en" or "hi".
    AppWindow(const QString &mode, quint16 serverPort, const QString &language = QStringLiteral("en"));
    ~AppWindow();

    [[nodiscard]] client::ClientApp &app() { return *m_app; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

    /// The visible item named `objectName`, or nullptr.
    [[nodiscard]] QQuickItem *find(const QString &objectName) const;
    /// Waits (up to `timeoutMs`) until a visible item `objectName` exists.
    [[nodiscard]] QQuickItem *waitFor(const QString &objectName, int timeoutMs = 10'000) const;
    /// Clicks the middle of the item with the mouse; false when it is missing, hidden or disabled.
    [[nodiscard]] bool click(const QString &objectName, int timeoutMs = 10'000);
    /// Replaces a text field's text as if typed; false when the field is missing.
    [[nodiscard]] bool type(const QString &objectName, const QString &text, int timeoutMs = 10'000);
    /// The `text` property of the item (Label, TextField, Button), or a null string.
    [[nodiscard]] QString text(const QString &objectName) const;
    /// Waits until the item's text contains `part`.
    [[nodiscard]] bool waitForText(
        const QString &objectName, const QString &part, int timeoutMs = 10'000) const;
    /// Renders the window to a PNG file.
    bool saveScreenshot(const QString &path) const;

private:
    void scrollIntoView(QQuickItem *item) const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<client::ClientApp> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace boli::test
