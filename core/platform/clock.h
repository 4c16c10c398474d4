#pragma once

#include <QDateTime>

#include <cstdint>

namespace cb::platform {

// Time as the product sees it. Classes take a Clock so that tests can move time
// (idle timeouts, TOTP steps, lockouts) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;
    std::int64_t nowSeconds() const { return nowMs() / 1000; }
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 1'800'000'000'000) : m_now(startMs) {}
    std::int64_t nowMs() const override { return m_now; }
    void advanceSeconds(std::int64_t seconds) { m_now += seconds * 1000; }
    void advanceMs(std::int64_t ms) { m_now += ms; }
    void setMs(std::int64_t ms) { m_now = ms; }

private:
    std::int64_t m_now;
};

} // namespace cb::platform
