// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace boli::client {

class ClientApp;

/// Prepares `engine` to show `app`: `import Boli.Backend` gives that engine's QML the singletons
/// `App` (the ClientApp) and `Fmt` (its formatter), the Boli module is found under qrc:/Boli/ (Qt
/// 6.4 does not look in qrc:/ by itself), and the language switch re-translates the engine.
/// Used by boli-client, the QML tests and the end-to-end test (several engines, one app each).
void prepareEngine(QQmlEngine &engine, ClientApp &app);

} // namespace boli::client
