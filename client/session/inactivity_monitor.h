#pragma once

#include "core/platform/clock.h"

#include <QObject>
#include <QTimer>

namespace cb::client {

// Watches the whole application's input (an application-wide event filter) and
// says when to warn, to lock and to end the session. Idle time is measured on
// the wall clock, so time the computer spent suspended counts as idle.
class InactivityMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr std::int64_t DefaultWarningSeconds = 30;

    explicit InactivityMonitor(const platform::Clock &clock, QObject *parent = nullptr);

    // Starts watching; lock after `lockAfter` idle seconds (with a countdown in the
    // last `warning` seconds), end the session after `endAfter` idle seconds.
    void start(std::int64_t lockAfterSeconds, std::int64_t endAfterSeconds,
               std::int64_t warningSeconds = DefaultWarningSeconds);
    void stop();
    void noteActivity();
    // Evaluates the idle time now (a 1 s timer calls it; tests call it directly).
    void check();
    std::int64_t idleSeconds() const;

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void activity();
    void countdown(int secondsLeft);
    void countdownCancelled();
    void lockDue();
    void sessionEndDue();

private:
    const platform::Clock &m_clock;
    QTimer m_timer;
    std::int64_t m_lastActivityMs = 0;
    std::int64_t m_lockAfter = 0;
    std::int64_t m_endAfter = 0;
    std::int64_t m_warning = 0;
    bool m_running = false;
    bool m_counting = false;
    bool m_lockSignalled = false;
};

} // namespace cb::client
