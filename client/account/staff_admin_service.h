#pragma once

#include "client/net/server_connection.h"
#include "core/api/identity_dto.h"

#include <QList>
#include <QObject>

#include <functional>

namespace cb::client {

// What an administrator does to staff accounts, over the server's API. The
// server checks the caller's role on every call; the desktop only shows the
// menu to those whose roles allow it.
class StaffAdminService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit StaffAdminService(ServerConnection &server, QObject *parent = nullptr);

    void list(std::function<void(const QList<model::StaffUser> &staff, const QString &error)> done);
    void create(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                const QString &temporaryPassword, Done done);
    void setActive(std::int64_t userId, bool active, Done done);
    void resetAuthenticator(std::int64_t userId, Done done);
    // Sets a temporary password the person must change at their next sign-in.
    void resetPassword(std::int64_t userId, const QString &temporaryPassword, Done done);
    void setRoles(std::int64_t userId, const QList<policy::Role> &roles, Done done);
    // Lifts the sign-in delays that failed attempts put on the account.
    void liftLock(std::int64_t userId, Done done);
    // Ends every live session of the user (e.g. a lost or shared workstation).
    void signOutEverywhere(std::int64_t userId, Done done);

private:
    // "Their one-time enrolment code is …": from a create or reset-MFA answer.
    static QString enrolmentCodeMessage(const QJsonObject &body);
    void simplePost(const QString &path, const QString &success, Done done);

    ServerConnection &m_server;
};

} // namespace cb::client
