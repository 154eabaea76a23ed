// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace boli::client {

class ClientApp;

/// Makes `app` the QML singleton `App` and its formatter `Fmt` in `import Boli.Backend`, and
/// registers the C++ types QML sees through them. Used by boli-client and by the QML tests alike.
void registerQmlTypes(ClientApp &app);

/// Prepares `engine` for the Boli module: finds it under qrc:/Boli/ (Qt 6.4 does not look in
/// qrc:/ by itself) and lets the language switch re-translate it.
void prepareEngine(QQmlEngine &engine, ClientApp &app);

} // namespace boli::client
