#include "server/admin/incidents.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/patient_labels.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::server {

namespace {
constexpr std::int64_t DayMs = 24LL * 3600 * 1000;
const QStringList Types{QStringLiteral("misdirected_message"), QStringLiteral("phi_on_whatsapp"), QStringLiteral("lost_device"),
                        QStringLiteral("other")};
const QStringList Statuses{QStringLiteral("open"), QStringLiteral("assessed"), QStringLiteral("notified"), QStringLiteral("closed")};

constexpr const char *Columns =
    "SELECT id, type, COALESCE(conversation_id, 0), device_id, summary, discovered_at_ms, reported_by, reported_at_ms, status, "
    "status_at_ms, nature_of_data, unauthorised_recipient, acquired_or_viewed, mitigation, risk_conclusion, COALESCE(assessed_by, 0), "
    "assessed_at_ms, notified_at_ms, closed_at_ms, closing_note, "
    // What the list names instead of numbers: the patient, the workstation.
    "COALESCE((SELECT CASE WHEN c.profile_name != '' THEN c.profile_name ELSE '+' || c.wa_id END FROM conversations v "
    "  JOIN contacts c ON c.id = v.contact_id WHERE v.id = incidents.conversation_id), ''), "
    "COALESCE((SELECT workstation_name FROM sessions s WHERE s.device_id = incidents.device_id AND workstation_name != '' "
    "  ORDER BY created_at_ms DESC LIMIT 1), '') FROM incidents ";

QJsonObject incidentToJson(store::Statement &row, std::int64_t nowMs)
{
    const std::int64_t discovered = row.columnInt64(5);
    const std::int64_t deadline = discovered + Incidents::NotificationDays * DayMs;
    const QString status = row.columnText(8);
    // Notification is owed until the breach is notified or the assessment closes it.
    const bool pending = status == QLatin1String("open") || status == QLatin1String("assessed");
    QJsonObject incident{{QStringLiteral("id"), qint64(row.columnInt64(0))},
                         {QStringLiteral("type"), row.columnText(1)},
                         {QStringLiteral("device_id"), row.columnText(3)},
                         {QStringLiteral("summary"), row.columnText(4)},
                         {QStringLiteral("discovered_at_ms"), qint64(discovered)},
                         {QStringLiteral("reported_by"), qint64(row.columnInt64(6))},
                         {QStringLiteral("reported_at_ms"), qint64(row.columnInt64(7))},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("status_at_ms"), qint64(row.columnInt64(9))},
                         {QStringLiteral("assessment"),
                          QJsonObject{{QStringLiteral("nature_of_data"), row.columnText(10)},
                                      {QStringLiteral("unauthorised_recipient"), row.columnText(11)},
                                      {QStringLiteral("acquired_or_viewed"), row.columnText(12)},
                                      {QStringLiteral("mitigation"), row.columnText(13)},
                                      {QStringLiteral("risk_conclusion"), row.columnText(14)},
                                      {QStringLiteral("assessed_by"), qint64(row.columnInt64(15))},
                                      {QStringLiteral("assessed_at_ms"), qint64(row.columnInt64(16))}}},
                         {QStringLiteral("notified_at_ms"), qint64(row.columnInt64(17))},
                         {QStringLiteral("closed_at_ms"), qint64(row.columnInt64(18))},
                         {QStringLiteral("closing_note"), row.columnText(19)},
                         {QStringLiteral("notification_deadline_ms"), qint64(deadline)},
                         {QStringLiteral("days_left"), pending ? qint64((deadline - nowMs) / DayMs) : QJsonValue()},
                         {QStringLiteral("overdue"), pending && nowMs > deadline}};
    if (row.columnInt64(2) > 0) {
        incident.insert(QStringLiteral("conversation_id"), qint64(row.columnInt64(2)));
        incident.insert(QStringLiteral("patient"), row.columnText(20));
    }
    if (!row.columnText(21).isEmpty()) {
        incident.insert(QStringLiteral("workstation"), row.columnText(21));
    }
    return incident;
}

QString incidentTarget(std::int64_t id)
{
    return QStringLiteral("incident:%1").arg(id);
}

HttpResponse noSuchIncident()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such incident"));
}
} // namespace

HttpResponse Incidents::report(const Caller &caller, const QJsonObject &body)
{
    const QString type = body.value(QStringLiteral("type")).toString();
    if (!Types.contains(type)) {
        return invalidField("type", QStringLiteral("type must be one of %1").arg(Types.join(QStringLiteral(", "))));
    }
    const std::int64_t conversationId = body.value(QStringLiteral("conversation_id")).toInteger();
    // A device id, or the name a workstation reports (what a colleague knows it by).
    const QString given = body.value(QStringLiteral("device_id")).toString().trimmed();
    if (given.size() > 128) {
        return invalidField("device_id", QStringLiteral("a device id is at most 128 characters"));
    }
    const QString deviceId = given.isEmpty() ? given : workstationDevice(m_context.store().database(), given);
    if ((type == QLatin1String("misdirected_message") || type == QLatin1String("phi_on_whatsapp")) && conversationId <= 0) {
        return invalidField("conversation_id", QStringLiteral("this type of incident names its conversation"));
    }
    if (type == QLatin1String("lost_device") && deviceId.isEmpty()) {
        return invalidField("device_id", QStringLiteral("a lost device names its workstation (device id)"));
    }
    if (conversationId > 0 && !m_context.inbox().conversation(conversationId)) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
    }
    const std::int64_t now = m_context.clock().nowMs();
    const std::int64_t discovered = body.value(QStringLiteral("discovered_at_ms")).toInteger(now);
    if (discovered > now + 5 * 60 * 1000 || discovered < now - 3650 * DayMs) {
        return invalidField("discovered_at_ms", QStringLiteral("the discovery time must be in the past ten years, not the future"));
    }
    const auto summary = boundedText(body, "summary", 0, 2000);
    if (!summary) {
        return invalidField("summary", QStringLiteral("a summary is at most 2000 characters"));
    }
    store::Database &db = m_context.store().database();
    store::Transaction transaction(db);
    db.prepare("INSERT INTO incidents (type, conversation_id, device_id, summary, discovered_at_ms, reported_by, reported_at_ms, "
               "status_at_ms) VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?)")
        .bindAll(type, conversationId, deviceId, *summary, discovered, caller.user.id, now, now)
        .run();
    const std::int64_t id = db.lastInsertRowId();
    QJsonObject detail{{QStringLiteral("type"), type}, {QStringLiteral("discovered_at_ms"), qint64(discovered)}};
    if (conversationId > 0) {
        detail.insert(QStringLiteral("conversation"), qint64(conversationId));
    }
    if (!deviceId.isEmpty()) {
        detail.insert(QStringLiteral("device"), deviceId);
    }
    m_context.record(caller.actor(), QStringLiteral("incident.reported"), incidentTarget(id), detail);
    transaction.commit();
    return jsonResponse(QJsonDocument::fromJson(get(id).body()).object(), Status::Created);
}

HttpResponse Incidents::list(const QUrlQuery &query)
{
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && !Statuses.contains(status)) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("unknown status"));
    }
    auto row = m_context.store().database().prepare(std::string(Columns) +
                                                    "WHERE (? = '' OR status = ?) ORDER BY discovered_at_ms DESC, id DESC LIMIT 200");
    row.bindAll(status, status);
    QJsonArray incidents;
    while (row.step()) {
        incidents.append(incidentToJson(row, m_context.clock().nowMs()));
    }
    return jsonResponse({{QStringLiteral("incidents"), incidents}});
}

HttpResponse Incidents::get(std::int64_t id)
{
    auto row = m_context.store().database().prepare(std::string(Columns) + "WHERE id = ?");
    row.bind(1, id);
    return row.step() ? jsonResponse(incidentToJson(row, m_context.clock().nowMs())) : noSuchIncident();
}

HttpResponse Incidents::assess(const Caller &caller, std::int64_t id, const QJsonObject &body)
{
    auto current = m_context.store().database().prepare("SELECT status FROM incidents WHERE id = ?");
    current.bind(1, id);
    if (!current.step()) {
        return noSuchIncident();
    }
    const QString status = current.columnText(0);
    if (status != QLatin1String("open") && status != QLatin1String("assessed")) {
        return errorResponse(Status::Conflict, QStringLiteral("invalid_transition"),
                             QStringLiteral("an incident is assessed while open or assessed, not once %1").arg(status));
    }
    QStringList texts;
    for (const char *field : {"nature_of_data", "unauthorised_recipient", "mitigation"}) {
        const auto text = boundedText(body, field, 3, 2000);
        if (!text) {
            return invalidField(field, QStringLiteral("each of the four factors needs 3 to 2000 characters"));
        }
        texts << *text;
    }
    const QString viewed = body.value(QStringLiteral("acquired_or_viewed")).toString();
    if (viewed != QLatin1String("yes") && viewed != QLatin1String("no") && viewed != QLatin1String("unknown")) {
        return invalidField("acquired_or_viewed", QStringLiteral("acquired_or_viewed must be yes, no or unknown"));
    }
    const QString conclusion = body.value(QStringLiteral("risk_conclusion")).toString();
    if (conclusion != QLatin1String("low_probability") && conclusion != QLatin1String("breach")) {
        return invalidField("risk_conclusion", QStringLiteral("risk_conclusion must be low_probability or breach"));
    }
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    store::Transaction transaction(db);
    db.prepare("UPDATE incidents SET status = 'assessed', status_at_ms = ?, nature_of_data = ?, unauthorised_recipient = ?, "
               "mitigation = ?, acquired_or_viewed = ?, risk_conclusion = ?, assessed_by = ?, assessed_at_ms = ? WHERE id = ?")
        .bindAll(now, texts[0], texts[1], texts[2], viewed, conclusion, caller.user.id, now, id)
        .run();
    m_context.record(caller.actor(), QStringLiteral("incident.assessed"), incidentTarget(id),
                     {{QStringLiteral("from"), status}, {QStringLiteral("acquired_or_viewed"), viewed},
                      {QStringLiteral("risk_conclusion"), conclusion}});
    transaction.commit();
    return get(id);
}

HttpResponse Incidents::setStatus(const Caller &caller, std::int64_t id, const QJsonObject &body)
{
    auto current = m_context.store().database().prepare("SELECT status, risk_conclusion FROM incidents WHERE id = ?");
    current.bind(1, id);
    if (!current.step()) {
        return noSuchIncident();
    }
    const QString from = current.columnText(0);
    const QString conclusion = current.columnText(1);
    const QString to = body.value(QStringLiteral("status")).toString();
    if (!Statuses.contains(to)) {
        return invalidField("status", QStringLiteral("status must be open, assessed, notified or closed"));
    }
    const auto note = boundedText(body, "note", 0, 2000);
    if (!note) {
        return invalidField("note", QStringLiteral("a note is at most 2000 characters"));
    }
    // The only moves: a breach is notified, then closed; a low-probability assessment closes.
    const bool breach = conclusion == QLatin1String("breach");
    const bool allowed = (from == QLatin1String("assessed") && to == QLatin1String("notified") && breach) ||
                         (from == QLatin1String("assessed") && to == QLatin1String("closed") && !breach) ||
                         (from == QLatin1String("notified") && to == QLatin1String("closed"));
    if (!allowed) {
        QString why = QStringLiteral("an incident cannot go from %1 to %2").arg(from, to);
        if (from == QLatin1String("open")) {
            why += QStringLiteral(": assess it first (the four factors)");
        } else if (from == QLatin1String("assessed") && to == QLatin1String("closed")) {
            why += QStringLiteral(": a breach is notified before it is closed");
        } else if (from == QLatin1String("assessed") && to == QLatin1String("notified")) {
            why += QStringLiteral(": the assessment found a low probability of compromise");
        }
        return errorResponse(Status::Conflict, QStringLiteral("invalid_transition"), why,
                             {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    store::Transaction transaction(db);
    if (to == QLatin1String("notified")) {
        db.prepare("UPDATE incidents SET status = 'notified', status_at_ms = ?, notified_at_ms = ? WHERE id = ?").bindAll(now, now, id).run();
    } else {
        db.prepare("UPDATE incidents SET status = 'closed', status_at_ms = ?, closed_at_ms = ?, closing_note = ? WHERE id = ?")
            .bindAll(now, now, *note, id)
            .run();
    }
    m_context.record(caller.actor(), QStringLiteral("incident.status"), incidentTarget(id),
                     {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    transaction.commit();
    return get(id);
}

} // namespace cb::server
