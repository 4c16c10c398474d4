#include "server/identity/workstations.h"

#include "core/store/database.h"
#include "server/identity/device_secrets.h"
#include "server/identity/session_registry.h"

namespace cb::server {

Workstations::Workstations(store::Database &db, const platform::Clock &clock, SessionRegistry &sessions,
                           DeviceSecrets &secrets)
    : m_db(db), m_clock(clock), m_sessions(sessions), m_secrets(secrets)
{
}

QList<WorkstationInfo> Workstations::list() const
{
    // Every device that ever had a session or still has a cache secret; its name
    // and address from its latest session.
    auto rows = m_db.prepare(
        "WITH devices(device_id) AS (SELECT device_id FROM sessions UNION SELECT device_id FROM device_secrets)"
        " SELECT d.device_id,"
        "  (SELECT workstation_name FROM sessions s WHERE s.device_id = d.device_id ORDER BY created_at_ms DESC LIMIT 1),"
        "  (SELECT address FROM sessions s WHERE s.device_id = d.device_id ORDER BY created_at_ms DESC LIMIT 1),"
        "  COALESCE((SELECT MAX(last_seen_at_ms) FROM sessions s WHERE s.device_id = d.device_id), 0) AS seen,"
        "  (SELECT COUNT(*) FROM sessions s WHERE s.device_id = d.device_id AND s.ended_at_ms IS NULL),"
        "  (SELECT COUNT(*) FROM device_secrets x WHERE x.device_id = d.device_id),"
        "  COALESCE((SELECT MAX(wiped_at_ms) FROM wiped_devices w WHERE w.device_id = d.device_id), 0)"
        " FROM devices d ORDER BY seen DESC LIMIT ?");
    rows.bind(1, MaxListed);
    QList<WorkstationInfo> list;
    while (rows.step()) {
        list.append({rows.columnText(0), rows.columnText(1), rows.columnText(2), rows.columnInt64(3),
                     int(rows.columnInt64(4)), int(rows.columnInt64(5)), rows.columnInt64(6)});
    }
    return list;
}

bool Workstations::known(const QString &deviceId) const
{
    auto row = m_db.prepare("SELECT 1 FROM sessions WHERE device_id = ? UNION SELECT 1 FROM device_secrets WHERE device_id = ?");
    row.bindAll(deviceId, deviceId);
    return row.step();
}

Workstations::Wiped Workstations::wipe(const QString &deviceId, const QString &actor)
{
    Wiped wiped;
    // The secrets first: the sessions' end listeners tell the desktops, and by
    // then nothing on the server can reopen their caches.
    wiped.secretsDestroyed = m_secrets.forgetDevice(deviceId);
    for (const SessionInfo &session : m_sessions.activeOnDevice(deviceId)) {
        wiped.sessionsEnded += m_sessions.end(session.id, WipedReason) ? 1 : 0;
    }
    m_db.prepare("INSERT OR REPLACE INTO wiped_devices (device_id, wiped_by, wiped_at_ms, secrets) VALUES (?, ?, ?, ?)")
        .bindAll(deviceId, actor, m_clock.nowMs(), wiped.secretsDestroyed)
        .run();
    return wiped;
}

} // namespace cb::server
