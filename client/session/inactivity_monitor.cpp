#include "client/session/inactivity_monitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace cb::client {

InactivityMonitor::InactivityMonitor(const platform::Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &InactivityMonitor::check);
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityMonitor::start(std::int64_t lockAfterSeconds, std::int64_t endAfterSeconds, std::int64_t warningSeconds)
{
    m_lockAfter = lockAfterSeconds;
    m_endAfter = std::max(endAfterSeconds, lockAfterSeconds);
    m_warning = std::min(warningSeconds, lockAfterSeconds);
    m_lastActivityMs = m_clock.nowMs();
    m_running = true;
    m_counting = false;
    m_lockSignalled = false;
    m_timer.start();
}

void InactivityMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_counting) {
        m_counting = false;
        emit countdownCancelled();
    }
}

std::int64_t InactivityMonitor::idleSeconds() const
{
    return (m_clock.nowMs() - m_lastActivityMs) / 1000;
}

void InactivityMonitor::noteActivity()
{
    if (!m_running || m_lockSignalled) {
        return; // after the lock only the password brings the session back
    }
    m_lastActivityMs = m_clock.nowMs();
    if (m_counting) {
        m_counting = false;
        emit countdownCancelled();
    }
    emit activity();
}

void InactivityMonitor::check()
{
    if (!m_running) {
        return;
    }
    const std::int64_t idle = idleSeconds();
    if (idle >= m_endAfter) {
        m_running = false;
        m_timer.stop();
        emit sessionEndDue();
        return;
    }
    if (m_lockSignalled) {
        return;
    }
    if (idle >= m_lockAfter) {
        m_lockSignalled = true;
        m_counting = false;
        emit lockDue();
        return;
    }
    if (idle >= m_lockAfter - m_warning) {
        m_counting = true;
        emit countdown(static_cast<int>(m_lockAfter - idle));
    }
}

bool InactivityMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress: noteActivity(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cb::client
