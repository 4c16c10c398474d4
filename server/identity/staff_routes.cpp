#include "core/api/identity_dto.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/password_work.h"
#include "server/server_context.h"

#include "core/store/transaction.h"

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

// Least privilege: an account that both administers and reads patient data,
// or an admin taking over the credentials of someone who reads it, is flagged.
void flagIfAdminReadsPatients(ServerContext &context, const QString &actor, const StaffUser &user, std::int64_t auditSeq)
{
    if (user.roles.contains(policy::Role::Admin) && ComplianceFlags::readsPatientData(user.roles)) {
        context.complianceFlags().raise(ComplianceFlags::AdminInboxRole, actor, staffTarget(user.id), auditSeq);
    }
}

void flagCredentialsReset(ServerContext &context, const QString &actor, const StaffUser &user, std::int64_t auditSeq)
{
    if (ComplianceFlags::readsPatientData(user.roles)) {
        context.complianceFlags().raise(ComplianceFlags::InboxCredentialsReset, actor, staffTarget(user.id), auditSeq);
    }
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
        for (StaffUser user : context.staff().list()) {
            user.signInDelayMs = context.throttle().accountWaitMs(user.username);
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
                const auto seq = context.record(actor, QStringLiteral("staff.create"), staffTarget(user.id),
                               {{QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(user.roles))}});
                flagIfAdminReadsPatients(context, actor, user, seq);
                if (ComplianceFlags::readsPatientData(user.roles)) {
                    context.complianceFlags().raise(ComplianceFlags::InboxAccountCreated, actor, staffTarget(user.id), seq);
                }
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
            store::Transaction transaction(context.store().database());
            context.staff().setActive(user->id, active);
            // Disabling crypto-shreds every cache of theirs, on every workstation.
            const int destroyed = active ? 0 : context.deviceSecrets().forgetAll(user->id);
            const int ended = active ? 0 : context.sessions().endAllForUser(user->id, QStringLiteral("user_disabled"));
            context.record(request.caller->actor(), active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable"),
                           staffTarget(user->id),
                           {{QStringLiteral("sessions_ended"), ended}, {QStringLiteral("secrets_destroyed"), destroyed}});
            transaction.commit();
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
        const auto seq = context.record(request.caller->actor(), QStringLiteral("staff.reset_mfa"), staffTarget(user->id),
                                        {{QStringLiteral("sessions_ended"), ended}});
        flagCredentialsReset(context, request.caller->actor(), *user, seq);
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
        hashPasswordThen(context, user->username, std::move(password), responder, [&context, actor, target = *user](const QByteArray &hash) {
            context.staff().setPasswordHash(target.id, hash);
            context.staff().setMustChangePassword(target.id, true); // theirs to choose at next sign-in
            const int ended = context.sessions().endAllForUser(target.id, QStringLiteral("password_reset"));
            const auto seq = context.record(actor, QStringLiteral("staff.reset_password"), staffTarget(target.id),
                                            {{QStringLiteral("sessions_ended"), ended}});
            flagCredentialsReset(context, actor, target, seq);
            return noContent();
        });
    });

    router.handle("staff.roles", [&context](const ApiRequest &request) {
        const auto user = targetUser(context, request);
        if (!user) {
            return notFound();
        }
        if (user->id == request.caller->user.id) {
            return errorResponse(Status::Conflict, QStringLiteral("cannot_change_own_roles"),
                                 QStringLiteral("ask another administrator"));
        }
        const auto roles = api::rolesFromJson(request.body.value(QStringLiteral("roles")).toArray());
        if (!roles || roles->isEmpty()) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_roles"), QStringLiteral("unknown or no role"));
        }
        store::Transaction transaction(context.store().database());
        context.staff().setRoles(user->id, *roles);
        // Their desktop shows what the old roles allowed: they sign in again.
        const int ended = context.sessions().endAllForUser(user->id, QStringLiteral("roles_changed"));
        const auto seq = context.record(request.caller->actor(), QStringLiteral("staff.roles"), staffTarget(user->id),
                                        {{QStringLiteral("from"), QJsonArray::fromStringList(policy::roleNames(user->roles))},
                                         {QStringLiteral("to"), QJsonArray::fromStringList(policy::roleNames(*roles))},
                                         {QStringLiteral("sessions_ended"), ended}});
        StaffUser changed = *user;
        changed.roles = *roles;
        flagIfAdminReadsPatients(context, request.caller->actor(), changed, seq);
        transaction.commit();
        return noContent();
    });

    // Lifts the sign-in delays on an account (the person is at the desk, an admin
    // checked who they are); the stored failures stay for the record.
    router.handle("staff.unlock", [&context](const ApiRequest &request) {
        const auto user = targetUser(context, request);
        if (!user) {
            return notFound();
        }
        const std::int64_t wasMs = context.throttle().accountWaitMs(user->username);
        context.throttle().lift(user->username);
        context.record(request.caller->actor(), QStringLiteral("staff.unlock"), staffTarget(user->id),
                       {{QStringLiteral("delay_ms"), qint64(wasMs)}});
        return noContent();
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
