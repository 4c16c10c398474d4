#pragma once

#include "client/net/server_connection.h"
#include "core/api/admin_dto.h"

#include <QList>
#include <QObject>

#include <functional>

namespace cb::client {

// Every live session and workstation, for administrators (and compliance, who
// may look but not change): revoking and wiping over the server's API. The
// server checks the role and asks for a step-up before any change.
class SessionAdminService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    using Listed = std::function<void(const QList<api::LiveSessionDto> &sessions,
                                      const QList<api::WorkstationDto> &workstations, const QString &error)>;
    enum class Scope { Session, Person, Workstation, Everyone };

    explicit SessionAdminService(ServerConnection &server, QObject *parent = nullptr);

    void list(Listed done);
    // `id`: the session id, the user id, the device id, or nothing for everyone.
    // The caller's own session is never ended by this.
    void revoke(Scope scope, const QString &id, Done done);
    // A lost or stolen workstation: its sessions end and its caches can never be opened again.
    void wipe(const QString &deviceId, Done done);

private:
    ServerConnection &m_server;
};

} // namespace cb::client
