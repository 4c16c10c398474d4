#include "client/session/auto_lock.h"

namespace cb::client {

AutoLock::AutoLock(SessionManager &session, InactivityMonitor &monitor, SystemLockSignals *system, QObject *parent)
    : QObject(parent), m_session(session), m_monitor(monitor)
{
    connect(&session, &SessionManager::stateChanged, this, &AutoLock::onStateChanged);
    connect(&monitor, &InactivityMonitor::activity, &session, &SessionManager::noteActivity);
    connect(&monitor, &InactivityMonitor::countdown, this, &AutoLock::countdown);
    connect(&monitor, &InactivityMonitor::countdownCancelled, this, &AutoLock::countdownCancelled);
    connect(&monitor, &InactivityMonitor::lockDue, this, [this] {
        emit countdownCancelled();
        m_session.lock(QStringLiteral("idle"));
    });
    connect(&monitor, &InactivityMonitor::sessionEndDue, this, [this] {
        if (m_session.state() == SessionManager::State::Active || m_session.state() == SessionManager::State::Locked) {
            m_session.signOut();
            emit signedOutForInactivity(tr("You were signed out after a long time without activity."));
        }
    });
    if (system != nullptr) {
        connect(system, &SystemLockSignals::lockRequested, &session, &SessionManager::lock);
    }
}

void AutoLock::onStateChanged(SessionManager::State state)
{
    switch (state) {
    case SessionManager::State::Active:
        m_monitor.start(m_session.policy().lockAfterIdleSeconds, m_session.policy().endAfterIdleSeconds);
        break;
    case SessionManager::State::Locked:
        break; // keep counting towards the end of the session
    case SessionManager::State::SignedOut:
    case SessionManager::State::AwaitingCode:
    case SessionManager::State::AwaitingEnrolment: m_monitor.stop(); break;
    }
}

} // namespace cb::client
