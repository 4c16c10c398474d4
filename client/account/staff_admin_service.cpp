#include "client/account/staff_admin_service.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace cb::client {

StaffAdminService::StaffAdminService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void StaffAdminService::list(std::function<void(const QList<model::StaffUser> &, const QString &)> done)
{
    m_server.get(QStringLiteral("/api/v1/staff"), [done](const ServerConnection::Reply &reply) {
        QList<model::StaffUser> staff;
        if (!reply.ok()) {
            done(staff, ServerConnection::describe(reply));
            return;
        }
        for (const auto &value : reply.body.value(QStringLiteral("staff")).toArray()) {
            if (const auto user = api::staffUserFromJson(value.toObject())) {
                staff.append(*user);
            }
        }
        done(staff, {});
    });
}

void StaffAdminService::create(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                               const QString &temporaryPassword, Done done)
{
    m_server.post(QStringLiteral("/api/v1/staff"),
                  {{QStringLiteral("username"), username.trimmed().toLower()},
                   {QStringLiteral("display_name"), displayName.trimmed()},
                   {QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(roles))},
                   {QStringLiteral("password"), temporaryPassword}},
                  [done, username](const ServerConnection::Reply &reply) {
                      if (reply.ok()) {
                          done(true, tr("%1 can now sign in. %2")
                                         .arg(username.trimmed().toLower(), enrolmentCodeMessage(reply.body)));
                          return;
                      }
                      const QString serverMessage =
                          reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
                      const bool explained = reply.errorCode == QLatin1String("weak_password") ||
                                             reply.errorCode == QLatin1String("username_taken") ||
                                             reply.errorCode == QLatin1String("invalid_username");
                      done(false, explained ? serverMessage : ServerConnection::describe(reply));
                  });
}

void StaffAdminService::simplePost(const QString &path, const QString &success, Done done)
{
    m_server.post(path, {}, [done, success](const ServerConnection::Reply &reply) {
        done(reply.ok(), reply.ok() ? success : ServerConnection::describe(reply));
    });
}

void StaffAdminService::setActive(std::int64_t userId, bool active, Done done)
{
    simplePost(QStringLiteral("/api/v1/staff/%1/%2").arg(userId).arg(active ? QStringLiteral("enable") : QStringLiteral("disable")),
               active ? tr("The account is active again.") : tr("The account is disabled and signed out everywhere."),
               std::move(done));
}

void StaffAdminService::resetAuthenticator(std::int64_t userId, Done done)
{
    m_server.post(QStringLiteral("/api/v1/staff/%1/reset-mfa").arg(userId), {}, [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(false, ServerConnection::describe(reply));
            return;
        }
        done(true, tr("The authenticator was reset and they were signed out. %1").arg(enrolmentCodeMessage(reply.body)));
    });
}

void StaffAdminService::resetPassword(std::int64_t userId, const QString &temporaryPassword, Done done)
{
    m_server.post(QStringLiteral("/api/v1/staff/%1/password").arg(userId), {{QStringLiteral("password"), temporaryPassword}},
                  [done](const ServerConnection::Reply &reply) {
                      if (reply.ok()) {
                          done(true, tr("The password was reset and they were signed out. They choose their own at "
                                        "their next sign-in."));
                          return;
                      }
                      const QString serverMessage =
                          reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
                      done(false, reply.errorCode == QLatin1String("weak_password") ? serverMessage : ServerConnection::describe(reply));
                  });
}

void StaffAdminService::setRoles(std::int64_t userId, const QList<policy::Role> &roles, Done done)
{
    m_server.post(QStringLiteral("/api/v1/staff/%1/roles").arg(userId),
                  {{QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(roles))}},
                  [done](const ServerConnection::Reply &reply) {
                      done(reply.ok(), reply.ok() ? tr("The roles were changed; they sign in again to use them.")
                                                  : ServerConnection::describe(reply));
                  });
}

void StaffAdminService::liftLock(std::int64_t userId, Done done)
{
    simplePost(QStringLiteral("/api/v1/staff/%1/unlock").arg(userId), tr("They can sign in again now."), std::move(done));
}

QString StaffAdminService::enrolmentCodeMessage(const QJsonObject &body)
{
    const QJsonObject enrolment = body.value(QStringLiteral("enrolment_code")).toObject();
    const QDateTime expires = QDateTime::fromMSecsSinceEpoch(enrolment.value(QStringLiteral("expires_at_ms")).toInteger());
    return tr("Their one-time enrolment code is %1, valid until %2. Hand it over in person: at their next sign-in "
              "they type it instead of a code, then set up their authenticator.")
        .arg(enrolment.value(QStringLiteral("code")).toString(),
             QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
}

void StaffAdminService::signOutEverywhere(std::int64_t userId, Done done)
{
    m_server.get(QStringLiteral("/api/v1/staff/%1/sessions").arg(userId), [this, done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(false, ServerConnection::describe(reply));
            return;
        }
        const QJsonArray sessions = reply.body.value(QStringLiteral("sessions")).toArray();
        if (sessions.isEmpty()) {
            done(true, tr("They were not signed in anywhere."));
            return;
        }
        auto remaining = std::make_shared<int>(int(sessions.size()));
        auto failed = std::make_shared<bool>(false);
        for (const auto &session : sessions) {
            const QString id = session.toObject().value(QStringLiteral("id")).toString();
            m_server.remove(QStringLiteral("/api/v1/sessions/") + id,
                            [done, remaining, failed](const ServerConnection::Reply &revoked) {
                                *failed = *failed || !revoked.ok();
                                if (--*remaining == 0) {
                                    done(!*failed, *failed ? tr("Some sessions could not be ended; try again.")
                                                           : tr("They were signed out everywhere."));
                                }
                            });
        }
    });
}

} // namespace cb::client
