// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace boli {

/// @brief Tells the current UTC time in milliseconds; injected so rules can be tested at any instant.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
};

/// @brief The real wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

/// @brief A clock that only moves when told to; for tests and replays.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_nowMs(startMs)
    { }
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    void advanceMs(qint64 deltaMs) { m_nowMs += deltaMs; }

private:
    qint64 m_nowMs;
};

} // namespace boli
