#include "client/admin/compliance_flags_service.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cb::client {

ComplianceFlag ComplianceFlag::fromJson(const QJsonObject &json)
{
    ComplianceFlag flag;
    flag.id = json.value(QStringLiteral("id")).toInteger();
    flag.kind = json.value(QStringLiteral("kind")).toString();
    flag.actor = json.value(QStringLiteral("actor")).toString();
    flag.actorName = json.value(QStringLiteral("actor_name")).toString();
    flag.subject = json.value(QStringLiteral("subject")).toString();
    flag.subjectName = json.value(QStringLiteral("subject_name")).toString();
    flag.createdAtMs = json.value(QStringLiteral("created_at_ms")).toInteger();
    flag.acknowledgedAtMs = json.value(QStringLiteral("acknowledged_at_ms")).toInteger();
    flag.acknowledgedByName = json.value(QStringLiteral("acknowledged_by_name")).toString();
    flag.note = json.value(QStringLiteral("note")).toString();
    return flag;
}

ComplianceFlagsService::ComplianceFlagsService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void ComplianceFlagsService::list(bool includeAcknowledged, Listed done)
{
    m_server.get(QStringLiteral("/api/v1/compliance/flags?state=%1").arg(includeAcknowledged ? QStringLiteral("all") : QStringLiteral("open")),
                 [done](const ServerConnection::Reply &reply) {
                     QList<ComplianceFlag> flags;
                     if (!reply.ok()) {
                         done(flags, ServerConnection::describe(reply));
                         return;
                     }
                     for (const QJsonValue &value : reply.body.value(QStringLiteral("flags")).toArray()) {
                         flags.append(ComplianceFlag::fromJson(value.toObject()));
                     }
                     done(flags, {});
                 });
}

void ComplianceFlagsService::acknowledge(qint64 id, const QString &note, Done done)
{
    m_server.post(QStringLiteral("/api/v1/compliance/flags/%1/acknowledge").arg(id), {{QStringLiteral("note"), note}},
                  [done](const ServerConnection::Reply &reply) {
                      if (reply.ok()) {
                          done({});
                      } else if (reply.errorCode == QLatin1String("own_flag")) {
                          done(QCoreApplication::translate("cb::client::ComplianceFlagsService",
                                                           "You raised this flag yourself: a colleague in compliance acknowledges it."));
                      } else if (reply.errorCode == QLatin1String("already_acknowledged")) {
                          done(QCoreApplication::translate("cb::client::ComplianceFlagsService",
                                                           "A colleague has already acknowledged this flag."));
                      } else {
                          done(ServerConnection::describe(reply));
                      }
                  });
}

} // namespace cb::client
