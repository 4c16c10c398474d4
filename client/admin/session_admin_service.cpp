#include "client/admin/session_admin_service.h"

#include <QJsonArray>
#include <QUrl>

namespace cb::client {

SessionAdminService::SessionAdminService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void SessionAdminService::list(Listed done)
{
    m_server.get(QStringLiteral("/api/v1/sessions"), [done](const ServerConnection::Reply &reply) {
        QList<api::LiveSessionDto> sessions;
        QList<api::WorkstationDto> workstations;
        if (!reply.ok()) {
            done(sessions, workstations, ServerConnection::describe(reply));
            return;
        }
        for (const auto &value : reply.body.value(QStringLiteral("sessions")).toArray()) {
            if (const auto session = api::LiveSessionDto::fromJson(value.toObject())) {
                sessions.append(*session);
            }
        }
        for (const auto &value : reply.body.value(QStringLiteral("workstations")).toArray()) {
            if (const auto machine = api::WorkstationDto::fromJson(value.toObject())) {
                workstations.append(*machine);
            }
        }
        done(sessions, workstations, {});
    });
}

void SessionAdminService::revoke(Scope scope, const QString &id, Done done)
{
    QJsonObject body;
    switch (scope) {
    case Scope::Session: body = {{QStringLiteral("scope"), QStringLiteral("session")}, {QStringLiteral("session_id"), id}}; break;
    case Scope::Person: body = {{QStringLiteral("scope"), QStringLiteral("user")}, {QStringLiteral("user_id"), id.toLongLong()}}; break;
    case Scope::Workstation: body = {{QStringLiteral("scope"), QStringLiteral("device")}, {QStringLiteral("device_id"), id}}; break;
    case Scope::Everyone: body = {{QStringLiteral("scope"), QStringLiteral("all")}}; break;
    }
    m_server.post(QStringLiteral("/api/v1/sessions/revoke"), body, [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(false, ServerConnection::describe(reply));
            return;
        }
        done(true, tr("%n session(s) ended.", nullptr, reply.body.value(QStringLiteral("sessions_ended")).toInt()));
    });
}

void SessionAdminService::wipe(const QString &deviceId, Done done)
{
    const QString path = QStringLiteral("/api/v1/devices/%1/wipe").arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId)));
    m_server.post(path, {}, [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(false, ServerConnection::describe(reply));
            return;
        }
        done(true, tr("The workstation was wiped: %n session(s) ended, and its saved data can no longer be opened.", nullptr,
                      reply.body.value(QStringLiteral("sessions_ended")).toInt()));
    });
}

} // namespace cb::client
