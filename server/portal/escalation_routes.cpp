#include "server/portal/escalation_routes.h"

#include "server/http/api_router.h"
#include "server/portal/escalation_service.h"
#include "server/portal/portal_stats.h"
#include "server/server_context.h"

namespace cb::server {

void addEscalationRoutes(ApiRouter &router, ServerContext &context)
{
    // { reason: "escalation" (default) | "new_link" }
    router.handle("conversations.escalate", [&context](const ApiRequest &request) {
        const QString reason = request.body.value(QStringLiteral("reason")).toString(QStringLiteral("escalation"));
        if (reason != QLatin1String("escalation") && reason != QLatin1String("new_link")) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("reason must be escalation or new_link"));
        }
        return EscalationService(context).escalate(*request.caller, request.pathId(), reason);
    });
    router.handle("conversations.portal_revoke", [&context](const ApiRequest &request) {
        return EscalationService(context).revoke(*request.caller, request.pathId());
    });
    router.handle("conversations.date_of_birth", [&context](const ApiRequest &request) {
        return EscalationService(context).setDateOfBirth(*request.caller, request.pathId(), request.body);
    });
    router.handle("conversations.attach", [&context](const ApiRequest &request) {
        return EscalationService(context).attach(*request.caller, request.pathId(), request.body);
    });
    // ?from_ms=&to_ms= (default: the last 30 days)
    router.handle("portal.stats", [&context](const ApiRequest &request) {
        const std::int64_t now = context.clock().nowMs();
        bool fromOk = false, toOk = false;
        std::int64_t from = request.http.query().queryItemValue(QStringLiteral("from_ms")).toLongLong(&fromOk);
        std::int64_t to = request.http.query().queryItemValue(QStringLiteral("to_ms")).toLongLong(&toOk);
        if (!toOk) {
            to = now + 1;
        }
        if (!fromOk) {
            from = to - 30LL * 24 * 3600 * 1000;
        }
        if (from < 0 || to <= from) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("from_ms must be before to_ms"));
        }
        context.record(request.caller->actor(), QStringLiteral("portal.stats"), QStringLiteral("portal"),
                       {{QStringLiteral("from_ms"), qint64(from)}, {QStringLiteral("to_ms"), qint64(to)}});
        return jsonResponse(portalStats(context.store().database(), from, to));
    });
}

} // namespace cb::server
