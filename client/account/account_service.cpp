#include "client/account/account_service.h"

#include <QJsonArray>

namespace cb::client {

AccountService::AccountService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void AccountService::changePassword(const QString &current, const QString &fresh, bool endOtherSessions, Done done)
{
    m_server.post(QStringLiteral("/api/v1/me/password"),
                  {{QStringLiteral("current_password"), current},
                   {QStringLiteral("new_password"), fresh},
                   {QStringLiteral("end_other_sessions"), endOtherSessions}},
                  [this, done](const ServerConnection::Reply &reply) {
                      if (!reply.ok()) {
                          done(false, ServerConnection::describe(reply));
                          return;
                      }
                      emit passwordChanged();
                      const int ended = reply.body.value(QStringLiteral("other_sessions_ended")).toInt();
                      done(true, tr("Your password was changed. %n other session(s) were signed out.", nullptr, ended));
                  });
}

void AccountService::listSessions(std::function<void(const QList<api::SessionDto> &, const QString &)> done)
{
    m_server.get(QStringLiteral("/api/v1/me/sessions"), [done](const ServerConnection::Reply &reply) {
        QList<api::SessionDto> sessions;
        if (!reply.ok()) {
            done(sessions, ServerConnection::describe(reply));
            return;
        }
        for (const auto &value : reply.body.value(QStringLiteral("sessions")).toArray()) {
            if (const auto session = api::SessionDto::fromJson(value.toObject())) {
                sessions.append(*session);
            }
        }
        done(sessions, {});
    });
}

void AccountService::stepUp(const QString &password, const QString &code, Done done)
{
    m_server.post(QStringLiteral("/api/v1/me/step-up"), {{QStringLiteral("password"), password}, {QStringLiteral("code"), code.trimmed()}},
                  [done](const ServerConnection::Reply &reply) {
                      done(reply.ok(), reply.ok() ? QString() : ServerConnection::describe(reply));
                  });
}

void AccountService::endSession(const QString &sessionId, Done done)
{
    m_server.remove(QStringLiteral("/api/v1/me/sessions/") + sessionId, [done](const ServerConnection::Reply &reply) {
        done(reply.ok(), reply.ok() ? QString() : ServerConnection::describe(reply));
    });
}

} // namespace cb::client
