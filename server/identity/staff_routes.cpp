#include "core/api/identity_dto.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/password_work.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
QString staffTarget(std::int64_t id)
{
    return QStringLiteral("staff:%1").arg(id);
}

// The one-time code the new person (or one whose MFA was reset) enrols with.
QJsonObject enrolmentJson(const EnrolmentCodes::Issued &issued)
{
    return {{QStringLiteral("code"), issued.code}, {QStringLiteral("expires_at_ms"), qint64(issued.expiresAtMs)}};
}

HttpResponse notFound()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such staff user"));
}

// Resolves the <arg> of /staff/<arg>/…; nullopt when it names nobody.
std::optional<StaffUser> targetUser(ServerContext &context, const ApiRequest &request)
{
    bool ok = false;
    const std::int64_t id = request.args.value(0).toLongLong(&ok);
    return ok ? context.staff().findById(id) : std::nullopt;
}
} // namespace

void addStaffRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("staff.list", [&context](const ApiRequest &) {
        QJsonArray staff;
        for (const StaffUser &user : context.staff().list()) {
            staff.append(api::staffUserToJson(user));
        }
        return jsonResponse({{QStringLiteral("staff"), staff}});
    });

    router.handleAsync("staff.create", [&context](const ApiRequest &request, const http::Responder &responder) {
        const auto roles = api::rolesFromJson(request.body.value(QStringLiteral("roles")).toArray());
        if (!roles) {
            return responder.send(errorResponse(Status::BadRequest, QStringLiteral("invalid_roles"), QStringLiteral("unknown role")));
        }
        const QString username = request.body.value(QStringLiteral("username")).toString().trimmed();
        const QString displayName = request.body.value(QStringLiteral("display_name")).toString();
        crypto::SecretBytes password = secretField(request.body, "password");
        const auto rejected = [](const StaffDirectory::Rejected &rejected) {
            const Status status = rejected.code() == QLatin1String("username_taken") ? Status::Conflict
                                                                                     : Status::UnprocessableEntity;
            return errorResponse(status, rejected.code(), QString::fromUtf8(rejected.what()));
        };
        try {
            context.staff().checkNew(username, displayName, *roles, password);
        } catch (const StaffDirectory::Rejected &error) {
            return responder.send(rejected(error));
        }
        const QString actor = request.caller->actor();
        hashPasswordThen(context, username, std::move(password), responder,
                         [&context, username, displayName, roles = *roles, actor, rejected](const QByteArray &hash) {
            try {
                const StaffUser user = context.staff().insert(username, displayName, roles, hash);
                const auto enrolment = context.enrolmentCodes().issue(user.id, actor);
                context.record(actor, QStringLiteral("staff.create"), staffTarget(user.id),
                               {{QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(user.roles))}});
                QJsonObject body = api::staffUserToJson(user);
                body.insert(QStringLiteral("enrolment_code"), enrolmentJson(enrolment));
                return jsonResponse(body, Status::Created);
            } catch (const StaffDirectory::Rejected &error) {
                return rejected(error);
            }
        });
    });

    auto setActive = [&context](bool active) {
        return [&context, active](const ApiRequest &request) {
            const auto user = targetUser(context, request);
            if (!user) {
                return notFound();
            }
            if (!active && user->id == request.caller->user.id) {
                return errorResponse(Status::Conflict, QStringLiteral("cannot_disable_self"),
                                     QStringLiteral("ask another administrator"));
            }
            context.staff().setActive(user->id, active);
            const int ended = active ? 0 : context.sessions().endAllForUser(user->id, QStringLiteral("user_disabled"));
            context.record(request.caller->actor(), active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"),
                           staffTarget(user->id), {{QStringLiteral("sessions_ended"), ended}});
            return noContent();
        };
    };
    router.handle("staff.disable", setActive(false));
    router.handle("staff.enable", setActive(true));

    router.handle("staff.reset_mfa", [&context](const ApiRequest &request) {
        const auto user = targetUser(context, request);
        if (!user) {
            return notFound();
        }
        context.secondFactor().reset(user->id);
        const auto enrolment = context.enrolmentCodes().issue(user->id, request.caller->actor());
        const int ended = context.sessions().endAllForUser(user->id, QStringLiteral("mfa_reset"));
        context.record(request.caller->actor(), QStringLiteral("staff.reset_mfa"), staffTarget(user->id),
                       {{QStringLiteral("sessions_ended"), ended}});
        return jsonResponse({{QStringLiteral("enrolment_code"), enrolmentJson(enrolment)}});
    });

    router.handleAsync("staff.reset_password", [&context](const ApiRequest &request, const http::Responder &responder) {
        const auto user = targetUser(context, request);
        if (!user) {
            return responder.send(notFound());
        }
        crypto::SecretBytes password = secretField(request.body, "password");
        try {
            context.staff().checkNewPassword(user->id, password);
        } catch (const StaffDirectory::Rejected &rejected) {
            return responder.send(errorResponse(Status::UnprocessableEntity, rejected.code(), QString::fromUtf8(rejected.what())));
        }
        const QString actor = request.caller->actor();
        const std::int64_t userId = user->id;
        hashPasswordThen(context, user->username, std::move(password), responder, [&context, actor, userId](const QByteArray &hash) {
            context.staff().setPasswordHash(userId, hash);
            const int ended = context.sessions().endAllForUser(userId, QStringLiteral("password_reset"));
            context.record(actor, QStringLiteral("staff.reset_password"), staffTarget(userId),
                           {{QStringLiteral("sessions_ended"), ended}});
            return noContent();
        });
    });

    router.handle("staff.sessions", [&context](const ApiRequest &request) {
        const auto user = targetUser(context, request);
        if (!user) {
            return notFound();
        }
        QJsonArray sessions;
        for (const SessionInfo &session : context.sessions().activeForUser(user->id)) {
            sessions.append(api::SessionDto{session.id, session.deviceId, session.createdAtMs, session.lastSeenAtMs,
                                            session.id == request.caller->session.id}
                                .toJson());
        }
        return jsonResponse({{QStringLiteral("sessions"), sessions}});
    });

    router.handle("sessions.revoke", [&context](const ApiRequest &request) {
        const QString id = request.args.value(0);
        if (!context.sessions().end(id, QStringLiteral("revoked"))) {
            return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no live session with that id"));
        }
        context.record(request.caller->actor(), QStringLiteral("session.revoke"), QStringLiteral("session:") + id);
        return noContent();
    });
}

} // namespace cb::server
