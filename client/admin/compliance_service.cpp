#include "client/admin/compliance_service.h"

#include <QJsonArray>

namespace cb::client {

namespace {
const QString Base = QStringLiteral("/api/v1/");
}

Incident Incident::fromJson(const QJsonObject &json)
{
    Incident incident;
    incident.id = json.value(QStringLiteral("id")).toInteger();
    incident.type = json.value(QStringLiteral("type")).toString();
    incident.conversationId = json.value(QStringLiteral("conversation_id")).toInteger();
    incident.patient = json.value(QStringLiteral("patient")).toString();
    incident.deviceId = json.value(QStringLiteral("device_id")).toString();
    incident.workstation = json.value(QStringLiteral("workstation")).toString();
    incident.summary = json.value(QStringLiteral("summary")).toString();
    incident.discoveredAtMs = json.value(QStringLiteral("discovered_at_ms")).toInteger();
    incident.reportedAtMs = json.value(QStringLiteral("reported_at_ms")).toInteger();
    incident.status = json.value(QStringLiteral("status")).toString();
    incident.statusAtMs = json.value(QStringLiteral("status_at_ms")).toInteger();
    incident.deadlineMs = json.value(QStringLiteral("notification_deadline_ms")).toInteger();
    const QJsonValue daysLeft = json.value(QStringLiteral("days_left"));
    if (daysLeft.isDouble()) {
        incident.daysLeft = daysLeft.toInteger();
    }
    incident.overdue = json.value(QStringLiteral("overdue")).toBool();
    const QJsonObject assessment = json.value(QStringLiteral("assessment")).toObject();
    incident.natureOfData = assessment.value(QStringLiteral("nature_of_data")).toString();
    incident.unauthorisedRecipient = assessment.value(QStringLiteral("unauthorised_recipient")).toString();
    incident.acquiredOrViewed = assessment.value(QStringLiteral("acquired_or_viewed")).toString();
    incident.mitigation = assessment.value(QStringLiteral("mitigation")).toString();
    incident.riskConclusion = assessment.value(QStringLiteral("risk_conclusion")).toString();
    incident.assessedAtMs = assessment.value(QStringLiteral("assessed_at_ms")).toInteger();
    return incident;
}

ComplianceService::ComplianceService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void ComplianceService::listIncidents(Listed done)
{
    m_server.get(Base + QStringLiteral("incidents"), [done](const ServerConnection::Reply &reply) {
        QList<Incident> incidents;
        if (!reply.ok()) {
            done(incidents, ServerConnection::describe(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("incidents")).toArray()) {
            incidents.append(Incident::fromJson(value.toObject()));
        }
        done(incidents, {});
    });
}

void ComplianceService::incident(qint64 id, Changed done)
{
    m_server.get(Base + QStringLiteral("incidents/%1").arg(id), [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(std::nullopt, ServerConnection::describe(reply));
            return;
        }
        done(Incident::fromJson(reply.body), {});
    });
}

void ComplianceService::changed(const QString &path, const QJsonObject &body, Changed done)
{
    m_server.post(path, body, [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(std::nullopt, describeRefusal(reply));
            return;
        }
        done(Incident::fromJson(reply.body), {});
    });
}

void ComplianceService::report(const IncidentReport &report, Changed done)
{
    QJsonObject body{{QStringLiteral("type"), report.type}, {QStringLiteral("summary"), report.summary}};
    if (report.conversationId > 0) {
        body.insert(QStringLiteral("conversation_id"), report.conversationId);
    }
    if (!report.deviceId.isEmpty()) {
        body.insert(QStringLiteral("device_id"), report.deviceId);
    }
    if (report.discoveredAtMs > 0) {
        body.insert(QStringLiteral("discovered_at_ms"), report.discoveredAtMs);
    }
    changed(Base + QStringLiteral("incidents"), body, std::move(done));
}

void ComplianceService::assess(qint64 id, const IncidentAssessment &assessment, Changed done)
{
    changed(Base + QStringLiteral("incidents/%1/assess").arg(id),
            {{QStringLiteral("nature_of_data"), assessment.natureOfData},
             {QStringLiteral("unauthorised_recipient"), assessment.unauthorisedRecipient},
             {QStringLiteral("acquired_or_viewed"), assessment.acquiredOrViewed},
             {QStringLiteral("mitigation"), assessment.mitigation},
             {QStringLiteral("risk_conclusion"), assessment.riskConclusion}},
            std::move(done));
}

void ComplianceService::setStatus(qint64 id, const QString &status, const QString &note, Changed done)
{
    QJsonObject body{{QStringLiteral("status"), status}};
    if (!note.isEmpty()) {
        body.insert(QStringLiteral("note"), note);
    }
    changed(Base + QStringLiteral("incidents/%1/status").arg(id), body, std::move(done));
}

void ComplianceService::dashboard(qint64 fromMs, qint64 toMs, Figures done)
{
    m_server.get(Base + QStringLiteral("compliance/dashboard?from_ms=%1&to_ms=%2").arg(fromMs).arg(toMs),
                 [done](const ServerConnection::Reply &reply) {
                     done(reply.ok() ? reply.body : QJsonObject(), reply.ok() ? QString() : ServerConnection::describe(reply));
                 });
}

void ComplianceService::conversations(const QString &figure, qint64 fromMs, qint64 toMs, Conversations done)
{
    m_server.get(Base + QStringLiteral("compliance/conversations?figure=%1&from_ms=%2&to_ms=%3").arg(figure).arg(fromMs).arg(toMs),
                 [done](const ServerConnection::Reply &reply) {
                     QList<DrillDownEntry> entries;
                     if (!reply.ok()) {
                         done(entries, ServerConnection::describe(reply));
                         return;
                     }
                     for (const QJsonValue &value : reply.body.value(QStringLiteral("conversations")).toArray()) {
                         const QJsonObject entry = value.toObject();
                         entries.append({entry.value(QStringLiteral("conversation_id")).toInteger(),
                                         entry.value(QStringLiteral("at_ms")).toInteger(),
                                         entry.value(QStringLiteral("patient")).toString()});
                     }
                     done(entries, {});
                 });
}

void ComplianceService::findConversations(const QString &words, Matches done)
{
    // POST: a patient's name or number never goes in a URL.
    m_server.post(Base + QStringLiteral("compliance/conversation-lookup"), {{QStringLiteral("patient"), words}},
                  [done](const ServerConnection::Reply &reply) {
                      QList<ConversationMatch> matches;
                      if (!reply.ok()) {
                          done(matches, ServerConnection::describe(reply));
                          return;
                      }
                      for (const QJsonValue &value : reply.body.value(QStringLiteral("conversations")).toArray()) {
                          const QJsonObject match = value.toObject();
                          matches.append({match.value(QStringLiteral("conversation_id")).toInteger(),
                                          match.value(QStringLiteral("patient")).toString(),
                                          match.value(QStringLiteral("last_message_at_ms")).toInteger(),
                                          match.value(QStringLiteral("contact_id")).toInteger()});
                      }
                      done(matches, {});
                  });
}

void ComplianceService::workstations(Workstations done)
{
    m_server.get(Base + QStringLiteral("sessions"), [done](const ServerConnection::Reply &reply) {
        QList<api::WorkstationDto> workstations;
        if (!reply.ok()) {
            done(workstations, ServerConnection::describe(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("workstations")).toArray()) {
            if (const auto machine = api::WorkstationDto::fromJson(value.toObject())) {
                workstations.append(*machine);
            }
        }
        done(workstations, {});
    });
}

QString ComplianceService::describeRefusal(const ServerConnection::Reply &reply)
{
    const QJsonObject error = reply.body.value(QStringLiteral("error")).toObject();
    if (reply.errorCode == QLatin1String("invalid_transition")) {
        const QString from = error.value(QStringLiteral("from")).toString();
        const QString to = error.value(QStringLiteral("to")).toString();
        if (from == QLatin1String("open")) {
            return tr("The server refused: an open incident must be assessed (the four factors) first.");
        }
        if (from == QLatin1String("assessed") && to == QLatin1String("closed")) {
            return tr("The server refused: the assessment found a breach, so it must be notified before it is closed.");
        }
        if (from == QLatin1String("assessed") && to == QLatin1String("notified")) {
            return tr("The server refused: the assessment found a low probability of compromise, so there is nothing to notify.");
        }
        if (from == QLatin1String("closed")) {
            return tr("The server refused: the incident is already closed.");
        }
        if (from == QLatin1String("notified")) {
            return tr("The server refused: a notified incident can only be closed.");
        }
        return tr("The server refused this change of status.");
    }
    if (reply.errorCode == QLatin1String("invalid_field")) {
        const QString field = error.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("conversation_id")) {
            return tr("This type of incident names its conversation.");
        }
        if (field == QLatin1String("device_id")) {
            return tr("A lost device names its workstation.");
        }
        if (field == QLatin1String("discovered_at_ms")) {
            return tr("The discovery time must be in the past ten years, not in the future.");
        }
        if (field == QLatin1String("nature_of_data") || field == QLatin1String("unauthorised_recipient") ||
            field == QLatin1String("mitigation")) {
            return tr("Describe each of the four factors (3 to 2000 characters).");
        }
        return tr("Check the fields and try again.");
    }
    if (reply.errorCode == QLatin1String("not_found")) {
        return tr("No such incident or conversation.");
    }
    return ServerConnection::describe(reply);
}

} // namespace cb::client
