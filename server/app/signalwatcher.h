// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace boli::server {

/// @brief Turns SIGTERM and SIGINT into a Qt signal on the event loop, where shutting down is safe.
///
/// A signal handler may do almost nothing; it writes one byte to a socket pair that the event
/// loop watches (the pattern from Qt's "Calling Qt Functions From Unix Signal Handlers").
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace boli::server
