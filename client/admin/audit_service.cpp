#include "client/admin/audit_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace cb::client {

namespace {
void addItem(QStringList &items, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        items << QLatin1String(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
}

// The CSV export says on its "#format,…,capped,true" line whether more matched.
bool csvCapped(const QByteArray &bytes)
{
    const qsizetype at = bytes.lastIndexOf("\n#format,");
    if (at < 0) {
        return false;
    }
    const qsizetype end = bytes.indexOf('\n', at + 1);
    const QByteArray line = bytes.mid(at + 1, end < 0 ? -1 : end - at - 1).trimmed();
    return line.contains(",capped,true");
}
} // namespace

QString AuditFilter::queryString() const
{
    QStringList items;
    addItem(items, "actor", actor);
    addItem(items, "contact", contactId > 0 ? QString::number(contactId) : QString());
    addItem(items, "patient", patient);
    addItem(items, "action", actionPrefix);
    addItem(items, "device", deviceId);
    addItem(items, "from_ms", fromMs ? QString::number(*fromMs) : QString());
    addItem(items, "to_ms", toMs ? QString::number(*toMs) : QString());
    return items.join(QLatin1Char('&'));
}

AuditService::AuditService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void AuditService::page(const AuditFilter &filter, std::optional<qint64> beforeSeq, Paged done, int limit)
{
    QString query = filter.queryString();
    const QString paging = QStringLiteral("limit=%1").arg(limit) +
                           (beforeSeq ? QStringLiteral("&before_seq=%1").arg(*beforeSeq) : QString());
    query = query.isEmpty() ? paging : query + QLatin1Char('&') + paging;
    m_server.get(QStringLiteral("/api/v1/audit/events?") + query, [done](const ServerConnection::Reply &reply) {
        QList<AuditEventRow> events;
        if (!reply.ok()) {
            done(events, std::nullopt, ServerConnection::describe(reply));
            return;
        }
        const QJsonObject names = reply.body.value(QStringLiteral("names")).toObject();
        for (const QJsonValue &value : reply.body.value(QStringLiteral("events")).toArray()) {
            const QJsonObject json = value.toObject();
            const QString actor = json.value(QStringLiteral("actor")).toString();
            const QString target = json.value(QStringLiteral("target")).toString();
            events.append({json.value(QStringLiteral("seq")).toInteger(), json.value(QStringLiteral("at_ms")).toInteger(), actor,
                           json.value(QStringLiteral("action")).toString(), target, json.value(QStringLiteral("detail")).toObject(),
                           names.value(actor).toString(), names.value(target).toString()});
        }
        std::optional<qint64> next;
        if (reply.body.contains(QStringLiteral("next_before_seq"))) {
            next = reply.body.value(QStringLiteral("next_before_seq")).toInteger();
        }
        done(events, next, {});
    });
}

void AuditService::exportTo(const AuditFilter &filter, Format format, Exported done)
{
    const bool csv = format == Format::Csv;
    QString query = QStringLiteral("format=") + (csv ? QStringLiteral("csv") : QStringLiteral("json"));
    if (const QString filters = filter.queryString(); !filters.isEmpty()) {
        query += QLatin1Char('&') + filters;
    }
    m_server.get(QStringLiteral("/api/v1/audit/export?") + query, [done, csv](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done({}, false, ServerConnection::describe(reply));
            return;
        }
        if (csv) {
            done(reply.raw, csvCapped(reply.raw), {});
            return;
        }
        done(QJsonDocument(reply.body).toJson(QJsonDocument::Indented), reply.body.value(QStringLiteral("capped")).toBool(),
             {});
    });
}

void AuditService::verify(Verified done)
{
    m_server.get(QStringLiteral("/api/v1/audit/verify"), [done](const ServerConnection::Reply &reply) {
        Verification result;
        if (!reply.ok()) {
            done(result, ServerConnection::describe(reply));
            return;
        }
        result.intact = reply.body.value(QStringLiteral("intact")).toBool();
        result.eventsChecked = reply.body.value(QStringLiteral("events_checked")).toInteger();
        result.checkpointsChecked = reply.body.value(QStringLiteral("checkpoints_checked")).toInt();
        if (reply.body.contains(QStringLiteral("first_bad_seq"))) {
            result.firstBadSeq = reply.body.value(QStringLiteral("first_bad_seq")).toInteger();
        }
        result.problem = reply.body.value(QStringLiteral("problem")).toString();
        result.explanation = reply.body.value(QStringLiteral("explanation")).toString();
        done(result, {});
    });
}

} // namespace cb::client
