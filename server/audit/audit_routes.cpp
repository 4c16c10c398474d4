#include "server/store/read_then.h"
#include "server/audit/audit_routes.h"

#include "server/audit/audit_export.h"
#include "server/audit/audit_query.h"
#include "server/audit/audit_trail_check.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace cb::server {

namespace {
constexpr int DefaultPage = 100;
constexpr int ExportCap = 100'000; // events in one export; the answer says when more matched

HttpResponse invalid(const QString &message)
{
    return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), message);
}

QJsonObject eventJson(const audit::AuditEvent &event)
{
    return {{QStringLiteral("seq"), qint64(event.seq)},     {QStringLiteral("at_ms"), qint64(event.atMs)},
            {QStringLiteral("actor"), event.actor},          {QStringLiteral("action"), event.action},
            {QStringLiteral("target"), event.target},        {QStringLiteral("detail"), event.detail}};
}

// Reading the trail is audited once per query, not once per page: a session's
// next page of the same filters is not a new look at anything. A new filter, or
// a new session, is.
class ViewerAudit
{
public:
    bool isNewQuery(const QString &sessionId, const AuditFilter &filter)
    {
        const QByteArray key = QCryptographicHash::hash(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256);
        if (m_lastQuery.value(sessionId) == key) {
            return false;
        }
        if (m_lastQuery.size() > 4096) {
            m_lastQuery.clear(); // bounded; the worst case is one more audit event per session
        }
        m_lastQuery.insert(sessionId, key);
        return true;
    }

private:
    QHash<QString, QByteArray> m_lastQuery;
};

QList<audit::AuditEvent> readForExport(store::Database &db, const AuditFilter &filter)
{
    AuditQuery query(db);
    QList<audit::AuditEvent> events;
    std::optional<std::int64_t> before;
    while (events.size() <= ExportCap) {
        const auto page = query.page(filter, before, AuditQuery::MaxPage);
        events += page;
        if (page.size() < AuditQuery::MaxPage) {
            break;
        }
        before = page.back().seq;
    }
    return events;
}
} // namespace

void addAuditRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("audit.verify", [&context](const ApiRequest &request) {
        const AuditCheckpoints &checkpoints = context.auditCheckpoints();
        const auto report = checkAuditTrail(context.audit(), checkpoints.publicKey(),
                                            {{QStringLiteral("the store"), checkpoints.stored()},
                                             {QStringLiteral("the anchor file"),
                                              AuditCheckpoints::readAnchorFile(checkpoints.anchorPath())}});
        context.record(request.caller->actor(), QStringLiteral("audit.verify"), QStringLiteral("audit"),
                       {{QStringLiteral("intact"), report.intact}});
        QJsonObject body{{QStringLiteral("intact"), report.intact},
                         {QStringLiteral("events_checked"), qint64(report.eventsChecked)},
                         {QStringLiteral("checkpoints_checked"), report.checkpointsChecked}};
        if (report.firstBadSeq) {
            body.insert(QStringLiteral("first_bad_seq"), qint64(*report.firstBadSeq));
            body.insert(QStringLiteral("problem"), report.problem);
            body.insert(QStringLiteral("explanation"), report.explanation);
        }
        return jsonResponse(body);
    });

    auto viewerAudit = std::make_shared<ViewerAudit>();
    router.handleAsync("audit.events", [&context, viewerAudit](const ApiRequest &request, const http::Responder &responder) {
        QString error;
        const auto filter = AuditFilter::fromQuery(request.http.query(), &error);
        if (!filter) {
            return responder.send(invalid(error));
        }
        const QUrlQuery &query = request.http.query();
        bool ok = true;
        std::optional<std::int64_t> before;
        if (query.hasQueryItem(QStringLiteral("before_seq"))) {
            before = query.queryItemValue(QStringLiteral("before_seq")).toLongLong(&ok);
        }
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
                              ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                              : DefaultPage;
        if (!ok || limit < 1 || limit > AuditQuery::MaxPage || (before && *before < 1)) {
            return responder.send(invalid(QStringLiteral("before_seq must be a positive number, limit 1 to 500")));
        }
        const QString actor = request.caller->actor();
        const QString sessionId = request.caller->session.id;
        readThen<QList<audit::AuditEvent>>(context.readers(), responder,
            [filter = *filter, before, limit](store::Database &db) { return AuditQuery(db).page(filter, before, limit); },
            [&context, viewerAudit, filter = *filter, actor, sessionId, limit](QList<audit::AuditEvent> events) {
                if (viewerAudit->isNewQuery(sessionId, filter)) {
                    context.record(actor, QStringLiteral("audit.view"), QStringLiteral("audit"),
                                   {{QStringLiteral("filters"), filter.toJson()}});
                }
                QJsonArray rows;
                for (const auto &event : events) {
                    rows.append(eventJson(event));
                }
                QJsonObject body{{QStringLiteral("events"), rows}, {QStringLiteral("times"), QStringLiteral("utc_ms")}};
                if (events.size() == limit) {
                    body.insert(QStringLiteral("next_before_seq"), qint64(events.back().seq));
                }
                return jsonResponse(body);
            });
    });

    router.handleAsync("audit.export", [&context](const ApiRequest &request, const http::Responder &responder) {
        QString error;
        const auto filter = AuditFilter::fromQuery(request.http.query(), &error);
        if (!filter) {
            return responder.send(invalid(error));
        }
        const QString format = request.http.query().queryItemValue(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            return responder.send(invalid(QStringLiteral("format must be csv or json")));
        }
        const QString actor = request.caller->actor();
        readThen<QList<audit::AuditEvent>>(context.readers(), responder, [filter = *filter](store::Database &db) { return readForExport(db, filter); },
            [&context, filter = *filter, format, actor](QList<audit::AuditEvent> events) {
                ExportContext exportContext;
                exportContext.capped = events.size() > ExportCap;
                if (exportContext.capped) {
                    events.resize(ExportCap);
                }
                exportContext.filters = filter.toJson();
                exportContext.generatedAtMs = context.clock().nowMs();
                context.record(actor, QStringLiteral("audit.export"), QStringLiteral("audit"),
                               {{QStringLiteral("format"), format},
                                {QStringLiteral("filters"), exportContext.filters},
                                {QStringLiteral("count"), qint64(events.size())},
                                {QStringLiteral("capped"), exportContext.capped}});
                // Anchor the head as it is now (this export's own event included), so
                // the export can later show that nothing up to here was cut off.
                context.auditCheckpoints().checkpointNow(exportContext.generatedAtMs);
                exportContext.checkpoints = context.auditCheckpoints().stored();
                exportContext.publicKey = context.auditCheckpoints().publicKey();
                const bool csv = format == QLatin1String("csv");
                HttpResponse response(csv ? QByteArray("text/csv; charset=utf-8") : QByteArray("application/json"),
                                      csv ? auditExportCsv(events, exportContext) : auditExportJson(events, exportContext));
                response.setHeader("Content-Disposition",
                                   QByteArray("attachment; filename=\"carebridge-audit.") + format.toLatin1() + '"');
                return response;
            });
    });
}

} // namespace cb::server
