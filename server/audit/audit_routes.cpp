#include "server/store/read_then.h"
#include "server/audit/audit_routes.h"

#include "server/admin/patient_labels.h"
#include "server/audit/audit_export.h"
#include "server/audit/audit_query.h"
#include "server/audit/audit_trail_check.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

// A page (or an export) with the patients its filter named and the names of
// the people and patients on it.
struct Found
{
    AuditFilter filter; // with the patient's words resolved to contacts
    QList<audit::AuditEvent> events;
    QJsonObject names;  // "staff:3" -> "Dana Reyes"; "contact:5" and "conversation:5" -> "Ana Ruiz"
    QString unknown; // "unknown_patient" or "unknown_person": the filter names nobody
};

// Never an empty page for a filter that names nobody: "nobody accessed" would be a false answer.
HttpResponse namesNobody(const QString &code)
{
    return errorResponse(Status::NotFound, code,
                         code == QLatin1String("unknown_person") ? QStringLiteral("no staff member matches that name")
                                                                 : QStringLiteral("no patient matches that name or number"));
}

// Display names for the staff, contacts and conversations the events name (actor or
// target), and for the patients the filter asked about.
QJsonObject namesFor(store::Database &db, const QList<audit::AuditEvent> &events, const QList<std::int64_t> &patients)
{
    QSet<QString> refs;
    for (const audit::AuditEvent &event : events) {
        refs.insert(event.actor);
        refs.insert(event.target);
    }
    for (const std::int64_t id : patients) {
        refs.insert(QStringLiteral("contact:%1").arg(id));
    }
    return namesOfReferences(db, refs);
}

// The verification under way and who waits for its answer.
struct VerifyRun
{
    static constexpr qsizetype MaxWaiting = 32;
    QList<http::Responder> waiting; // non-empty while a walk runs
};
} // namespace

void addAuditRoutes(ApiRouter &router, ServerContext &context)
{
    // Walking six years of events takes seconds: it runs on a reader's thread,
    // never the application thread, and requests that come while it runs share
    // its answer (one walk at a time, however many ask).
    auto verifying = std::make_shared<VerifyRun>();
    router.handleAsync("audit.verify", [&context, verifying](const ApiRequest &request, const http::Responder &responder) {
        context.record(request.caller->actor(), QStringLiteral("audit.verify"), QStringLiteral("audit"));
        if (verifying->waiting.size() >= VerifyRun::MaxWaiting) {
            return responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("a verification is running; try again"), 5));
        }
        verifying->waiting.append(responder);
        if (verifying->waiting.size() > 1) {
            return; // the walk under way answers this request too
        }
        const AuditCheckpoints &checkpoints = context.auditCheckpoints();
        const QByteArray publicKey = checkpoints.publicKey();
        const QList<AuditCheckpoint> stored = checkpoints.stored();
        const QString anchorPath = checkpoints.anchorPath();
        const auto answerAll = [verifying](const HttpResponse &response) {
            const QList<http::Responder> waiting = std::exchange(verifying->waiting, {});
            for (const http::Responder &each : waiting) {
                each.send(response);
            }
        };
        const bool queued = context.readers().read<AuditTrailReport>(
            [&context, publicKey, stored, anchorPath](store::Database &db) {
                const audit::AuditLog log = context.auditOn(db);
                return checkAuditTrail(log, publicKey,
                                       {{QStringLiteral("the store"), stored},
                                        {QStringLiteral("the anchor file"), AuditCheckpoints::readAnchorFile(anchorPath)}});
            },
            [answerAll](const AuditTrailReport &report) {
                QJsonObject body{{QStringLiteral("intact"), report.intact},
                                 {QStringLiteral("events_checked"), qint64(report.eventsChecked)},
                                 {QStringLiteral("checkpoints_checked"), report.checkpointsChecked}};
                if (report.firstBadSeq) {
                    body.insert(QStringLiteral("first_bad_seq"), qint64(*report.firstBadSeq));
                    body.insert(QStringLiteral("problem"), report.problem);
                    body.insert(QStringLiteral("explanation"), report.explanation);
                }
                answerAll(jsonResponse(body));
            },
            [answerAll] {
                answerAll(errorResponse(Status::ServiceUnavailable, QStringLiteral("store_unavailable"),
                                        QStringLiteral("the store is unavailable; try again")));
            });
        if (!queued) {
            answerAll(busyResponse(QStringLiteral("busy"), QStringLiteral("too many reads at once; try again"), 1));
        }
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
        readThen<Found>(context.readers(), responder,
            [filter = *filter, before, limit](store::Database &db) {
                Found found{filter, {}, {}, {}};
                AuditQuery query(db);
                found.unknown = query.resolve(found.filter);
                if (!found.unknown.isEmpty()) {
                    return found;
                }
                found.events = query.page(found.filter, before, limit);
                found.names = namesFor(db, found.events, found.filter.contactIds);
                return found;
            },
            [&context, viewerAudit, actor, sessionId, limit](Found found) {
                if (!found.unknown.isEmpty()) {
                    return namesNobody(found.unknown);
                }
                if (viewerAudit->isNewQuery(sessionId, found.filter)) {
                    context.record(actor, QStringLiteral("audit.view"), QStringLiteral("audit"),
                                   {{QStringLiteral("filters"), found.filter.toJson()}});
                }
                QJsonArray rows;
                for (const auto &event : found.events) {
                    rows.append(eventJson(event));
                }
                QJsonArray patients;
                for (const std::int64_t id : found.filter.contactIds) {
                    patients.append(QStringLiteral("contact:%1").arg(id));
                }
                QJsonObject body{{QStringLiteral("events"), rows}, {QStringLiteral("times"), QStringLiteral("utc_ms")},
                                 {QStringLiteral("names"), found.names}, {QStringLiteral("patients"), patients}};
                if (found.events.size() == limit) {
                    body.insert(QStringLiteral("next_before_seq"), qint64(found.events.back().seq));
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
        readThen<Found>(context.readers(), responder,
            [filter = *filter](store::Database &db) {
                Found found{filter, {}, {}, {}};
                found.unknown = AuditQuery(db).resolve(found.filter);
                if (found.unknown.isEmpty()) {
                    found.events = readForExport(db, found.filter);
                }
                return found;
            },
            [&context, format, actor](Found found) {
                if (!found.unknown.isEmpty()) {
                    return namesNobody(found.unknown);
                }
                const AuditFilter &filter = found.filter;
                QList<audit::AuditEvent> &events = found.events;
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
