#pragma once

#include "client/session/inactivity_monitor.h"
#include "client/session/session_manager.h"
#include "client/session/system_lock_signals.h"

#include <QObject>

namespace cb::client {

// Automatic logoff (HIPAA 164.312(a)(2)(iii)): follows the session's policy —
// lock after the idle time (after a visible countdown), lock at once when the
// screen locks or the machine sleeps, end the session after the longer idle time.
class AutoLock : public QObject
{
    Q_OBJECT
public:
    AutoLock(SessionManager &session, InactivityMonitor &monitor, SystemLockSignals *system, QObject *parent = nullptr);

signals:
    void countdown(int secondsLeft);
    void countdownCancelled();
    void signedOutForInactivity(const QString &message);

private:
    void onStateChanged(SessionManager::State state);

    SessionManager &m_session;
    InactivityMonitor &m_monitor;
};

} // namespace cb::client
