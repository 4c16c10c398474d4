#include "server/admin/records_routes.h"

#include "server/admin/compliance_dashboard.h"
#include "server/admin/flag_review.h"
#include "server/admin/incidents.h"
#include "server/admin/legal_holds.h"
#include "server/admin/patient_labels.h"
#include "server/admin/request_checks.h"
#include "server/admin/retention_service.h"
#include "server/admin/retraction.h"
#include "server/audit/audit_query.h"
#include "server/admin/review_access.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
constexpr int MaxFound = 20; // conversations a picker lists at once

void addRetentionRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("messages.retract", [&context](const ApiRequest &request) {
        return retractMessage(context, *request.caller, request.pathId(), request.body);
    });
    // The holds name their patients (as the audit viewer does for these roles);
    // the audit event lists the conversations they named.
    router.handle("retention.holds", [&context](const ApiRequest &request) {
        QJsonObject list = LegalHolds(context).list();
        QJsonArray named;
        for (const char *key : {"in_force", "released"}) {
            QJsonArray holds = list.value(QLatin1String(key)).toArray();
            for (const QJsonValue &id : nameHeldPatients(context.store().database(), holds)) {
                named.append(id);
            }
            list.insert(QLatin1String(key), holds);
        }
        context.record(request.caller->actor(), QStringLiteral("retention.holds_listed"), QStringLiteral("retention"),
                       {{QStringLiteral("conversations"), named}});
        return jsonResponse(list);
    });
    router.handle("retention.hold_place", [&context](const ApiRequest &request) {
        return LegalHolds(context).place(*request.caller, request.body);
    });
    router.handle("retention.hold_release", [&context](const ApiRequest &request) {
        return LegalHolds(context).release(*request.caller, request.pathId(), request.body);
    });
    router.handle("retention.preview", [&context](const ApiRequest &request) {
        return RetentionService(context).preview(*request.caller);
    });
    router.handle("retention.purge", [&context](const ApiRequest &request) {
        return RetentionService(context).purge(*request.caller, request.body);
    });
}

void addReviewRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("reviews.open", [&context](const ApiRequest &request) {
        return ReviewAccess(context).open(*request.caller, request.body);
    });
    router.handle("reviews.list", [&context](const ApiRequest &request) { return ReviewAccess(context).list(*request.caller); });
    router.handle("reviews.messages", [&context](const ApiRequest &request) {
        const std::int64_t before = std::max<qint64>(0, request.http.query().queryItemValue(QStringLiteral("before")).toLongLong());
        return ReviewAccess(context).messages(*request.caller, request.pathId(), before);
    });
}

void addIncidentRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("incidents.report", [&context](const ApiRequest &request) {
        return Incidents(context).report(*request.caller, request.body);
    });
    router.handle("incidents.list", [&context](const ApiRequest &request) {
        context.record(request.caller->actor(), QStringLiteral("incidents.listed"), QStringLiteral("incidents"));
        return Incidents(context).list(request.http.query());
    });
    router.handle("incidents.get", [&context](const ApiRequest &request) {
        context.record(request.caller->actor(), QStringLiteral("incident.view"), QStringLiteral("incident:%1").arg(request.pathId()));
        return Incidents(context).get(request.pathId());
    });
    router.handle("incidents.assess", [&context](const ApiRequest &request) {
        return Incidents(context).assess(*request.caller, request.pathId(), request.body);
    });
    router.handle("incidents.status", [&context](const ApiRequest &request) {
        return Incidents(context).setStatus(*request.caller, request.pathId(), request.body);
    });
}

void addDashboardRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("compliance.dashboard", [&context](const ApiRequest &request) {
        const auto period = periodFrom(request.http.query(), context.clock().nowMs());
        if (const auto *refusal = std::get_if<HttpResponse>(&period)) {
            return *refusal;
        }
        const Period &p = std::get<Period>(period);
        context.record(request.caller->actor(), QStringLiteral("compliance.dashboard"), QStringLiteral("compliance"),
                       {{QStringLiteral("from_ms"), qint64(p.fromMs)}, {QStringLiteral("to_ms"), qint64(p.toMs)}});
        return jsonResponse(ComplianceDashboard(context.store().database(), p.fromMs, p.toMs, context.clock().nowMs()).figures());
    });
    router.handle("compliance.conversations", [&context](const ApiRequest &request) {
        const auto period = periodFrom(request.http.query(), context.clock().nowMs());
        if (const auto *refusal = std::get_if<HttpResponse>(&period)) {
            return *refusal;
        }
        const Period &p = std::get<Period>(period);
        const QString figure = request.http.query().queryItemValue(QStringLiteral("figure"));
        const ComplianceDashboard dashboard(context.store().database(), p.fromMs, p.toMs, context.clock().nowMs());
        auto list = dashboard.conversations(figure);
        if (!list) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("figure must be one of %1").arg(ComplianceDashboard::drillDownFigures().join(QStringLiteral(", "))));
        }
        namePatients(context.store().database(), *list);
        // The patients it names, so "who accessed this patient?" finds this read too.
        context.record(request.caller->actor(), QStringLiteral("compliance.drill_down"), QStringLiteral("compliance"),
                       {{QStringLiteral("figure"), figure},
                        {QStringLiteral("count"), list->size()},
                        {QStringLiteral("conversations"), conversationIds(*list)}});
        return jsonResponse({{QStringLiteral("figure"), figure},
                             {QStringLiteral("conversations"), *list},
                             {QStringLiteral("limit"), ComplianceDashboard::MaxDrillDown}});
    });
    // Pickers for the incident and review forms: a patient's name or number, as
    // the audit viewer takes them, gives their conversations. The words stay out
    // of the URL and the audit trail, which records only what kind they were.
    router.handle("compliance.find_conversations", [&context](const ApiRequest &request) {
        const auto words = boundedText(request.body, "patient", 1, 200);
        if (!words || words->trimmed().isEmpty()) {
            return invalidField("patient", QStringLiteral("give part of the patient's name or their number (1 to 200 characters)"));
        }
        const QJsonArray found = conversationsOfPatients(context.store().database(), *words, MaxFound);
        context.record(request.caller->actor(), QStringLiteral("compliance.conversations_found"), QStringLiteral("compliance"),
                       {{QStringLiteral("by"), AuditQuery::isPhoneNumber(*words) ? QStringLiteral("number") : QStringLiteral("name")},
                        {QStringLiteral("conversations"), conversationIds(found)}});
        return jsonResponse({{QStringLiteral("conversations"), found}, {QStringLiteral("limit"), MaxFound}});
    });
    router.handle("compliance.flags", [&context](const ApiRequest &request) {
        return FlagReview(context).list(*request.caller, request.http.query());
    });
    router.handle("compliance.flag_acknowledge", [&context](const ApiRequest &request) {
        return FlagReview(context).acknowledge(*request.caller, request.pathId(), request.body);
    });
}
} // namespace

void addRecordsRoutes(ApiRouter &router, ServerContext &context)
{
    addRetentionRoutes(router, context);
    addReviewRoutes(router, context);
    addIncidentRoutes(router, context);
    addDashboardRoutes(router, context);
}

} // namespace cb::server
