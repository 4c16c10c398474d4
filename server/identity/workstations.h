#pragma once

#include "core/platform/clock.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

class DeviceSecrets;
class SessionRegistry;

// A desktop machine as the server knows it: from its sessions (name, address,
// last activity) and the cache secrets it holds for the people who used it.
struct WorkstationInfo
{
    QString deviceId;
    QString name;
    QString address;
    std::int64_t lastSeenAtMs = 0;
    int liveSessions = 0;
    int cachedUsers = 0;       // cache secrets the server still holds for it
    std::int64_t wipedAtMs = 0; // last wipe, 0 if never
};

// Lost or stolen workstations. Wiping ends every session on the device and
// destroys every server-side cache secret for it: a copy of its cache files can
// then never be opened again, anywhere (the key needs the server's half). An
// online desktop is told at once through its event stream and deletes its files.
class Workstations
{
public:
    static constexpr int MaxListed = 1000;
    static inline const QString WipedReason = QStringLiteral("device_wiped");

    Workstations(store::Database &db, const platform::Clock &clock, SessionRegistry &sessions, DeviceSecrets &secrets);

    // Most recently seen first, at most MaxListed.
    QList<WorkstationInfo> list() const;
    bool known(const QString &deviceId) const;

    struct Wiped
    {
        int sessionsEnded = 0;
        int secretsDestroyed = 0;
    };
    // Call inside a transaction with the audit event.
    Wiped wipe(const QString &deviceId, const QString &actor);

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
    SessionRegistry &m_sessions;
    DeviceSecrets &m_secrets;
};

} // namespace cb::server
