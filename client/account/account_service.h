#pragma once

#include "client/net/server_connection.h"
#include "core/api/identity_dto.h"

#include <QList>
#include <QObject>

#include <functional>

namespace cb::client {

// The signed-in person's own account: change the password (ending the other
// sessions by default), see where they are signed in, end a session.
class AccountService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit AccountService(ServerConnection &server, QObject *parent = nullptr);

    void changePassword(const QString &current, const QString &fresh, bool endOtherSessions, Done done);
    void listSessions(std::function<void(const QList<api::SessionDto> &sessions, const QString &error)> done);
    void endSession(const QString &sessionId, Done done);
    // Proves who you are again (password and a fresh code) before an admin change.
    void stepUp(const QString &password, const QString &code, Done done);

signals:
    // The person chose a new password (an admin-set one is then no longer in force).
    void passwordChanged();

private:
    ServerConnection &m_server;
};

} // namespace cb::client
