#include "core/api/admin_dto.h"
#include "core/store/transaction.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/workstations.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
HttpResponse badRequest(const QString &message)
{
    return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), message);
}

// The sessions a revoke names, without the caller's own: an admin never cuts
// the branch they sit on (they sign out for that).
QStringList sessionsIn(ServerContext &context, const QString &scope, const QJsonObject &body, const Caller &caller,
                       QString *problem)
{
    QList<SessionInfo> chosen;
    if (scope == QLatin1String("session")) {
        if (const auto session = context.sessions().find(body.value(QStringLiteral("session_id")).toString())) {
            chosen.append(*session);
        }
    } else if (scope == QLatin1String("user")) {
        chosen = context.sessions().activeForUser(body.value(QStringLiteral("user_id")).toInteger());
    } else if (scope == QLatin1String("device")) {
        chosen = context.sessions().activeOnDevice(body.value(QStringLiteral("device_id")).toString());
    } else if (scope == QLatin1String("all")) {
        chosen = context.sessions().allActive();
    } else {
        *problem = QStringLiteral("scope must be session, user, device or all");
    }
    QStringList ids;
    for (const SessionInfo &session : chosen) {
        if (session.id != caller.session.id) {
            ids << session.id;
        }
    }
    return ids;
}
} // namespace

void addSessionAdminRoutes(ApiRouter &router, ServerContext &context)
{
    // Every live session on every workstation, and the workstations themselves.
    router.handle("sessions.list", [&context](const ApiRequest &request) {
        QHash<std::int64_t, StaffUser> people;
        for (const StaffUser &user : context.staff().list()) {
            people.insert(user.id, user);
        }
        QJsonArray sessions;
        for (const SessionInfo &session : context.sessions().allActive()) {
            const StaffUser user = people.value(session.userId);
            sessions.append(api::LiveSessionDto{session.id, session.userId, user.username, user.displayName, user.roles,
                                                session.deviceId, session.workstationName, session.address,
                                                session.createdAtMs, session.lastSeenAtMs, session.lockedAtMs > 0,
                                                session.id == request.caller->session.id}
                                .toJson());
        }
        QJsonArray workstations;
        for (const WorkstationInfo &machine : context.workstations().list()) {
            workstations.append(api::WorkstationDto{machine.deviceId, machine.name, machine.address, machine.lastSeenAtMs,
                                                    machine.liveSessions, machine.cachedUsers, machine.wipedAtMs}
                                    .toJson());
        }
        return jsonResponse({{QStringLiteral("sessions"), sessions}, {QStringLiteral("workstations"), workstations}});
    });

    // One session, everything of one person, everything on one workstation, or everyone.
    router.handle("sessions.revoke_many", [&context](const ApiRequest &request) {
        const QString scope = request.body.value(QStringLiteral("scope")).toString();
        for (const char *key : {"session_id", "device_id"}) { // they go into the audit event
            if (request.body.value(QLatin1String(key)).toString().size() > 64) {
                return badRequest(QStringLiteral("%1 is too long").arg(QLatin1String(key)));
            }
        }
        QString problem;
        const QStringList ids = sessionsIn(context, scope, request.body, *request.caller, &problem);
        if (!problem.isEmpty()) {
            return badRequest(problem);
        }
        store::Transaction transaction(context.store().database());
        int ended = 0;
        for (const QString &id : ids) {
            ended += context.sessions().end(id, QStringLiteral("revoked")) ? 1 : 0;
        }
        QJsonObject detail{{QStringLiteral("scope"), scope}, {QStringLiteral("sessions_ended"), ended}};
        for (const char *key : {"session_id", "user_id", "device_id"}) {
            if (request.body.contains(QLatin1String(key))) {
                detail.insert(QLatin1String(key), request.body.value(QLatin1String(key)));
            }
        }
        context.record(request.caller->actor(), QStringLiteral("session.revoke"), QStringLiteral("sessions:") + scope, detail);
        transaction.commit();
        return jsonResponse({{QStringLiteral("sessions_ended"), ended}});
    });

    // A lost or stolen workstation: sessions ended, cache secrets destroyed.
    router.handle("devices.wipe", [&context](const ApiRequest &request) {
        const QString deviceId = request.args.value(0);
        if (deviceId.isEmpty() || deviceId.size() > 64 || !context.workstations().known(deviceId)) {
            return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such workstation"));
        }
        if (deviceId == request.caller->session.deviceId) {
            return errorResponse(Status::Conflict, QStringLiteral("cannot_wipe_self"),
                                 QStringLiteral("wipe this workstation from another one"));
        }
        store::Transaction transaction(context.store().database());
        const auto wiped = context.workstations().wipe(deviceId, request.caller->actor());
        context.record(request.caller->actor(), QStringLiteral("device.wipe"), QStringLiteral("device:") + deviceId,
                       {{QStringLiteral("sessions_ended"), wiped.sessionsEnded},
                        {QStringLiteral("secrets_destroyed"), wiped.secretsDestroyed}});
        transaction.commit();
        context.deviceSecrets().checkpoint(); // the old sealed rows leave the WAL too
        return jsonResponse({{QStringLiteral("sessions_ended"), wiped.sessionsEnded},
                             {QStringLiteral("secrets_destroyed"), wiped.secretsDestroyed}});
    });
}

} // namespace cb::server
