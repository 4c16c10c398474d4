#include "core/api/identity_dto.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/password_work.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
QString sessionTarget(const QString &id)
{
    return QStringLiteral("session:") + id;
}
} // namespace

void addAccountRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("me.get", [&context](const ApiRequest &request) {
        return jsonResponse({{QStringLiteral("user"), api::staffUserToJson(request.caller->user)},
                             {QStringLiteral("session_id"), request.caller->session.id},
                             {QStringLiteral("policy"), api::sessionPolicyToJson(context.policyFor(request.caller->user))}});
    });

    router.handle("me.activity", [](const ApiRequest &) { return noContent(); });

    // The reason goes into the audit trail, which nobody can edit: only the
    // desktop's own words are taken, never free text.
    router.handle("me.lock", [&context](const ApiRequest &request) {
        static const QStringList reasons{QStringLiteral("idle"), QStringLiteral("manual"), QStringLiteral("screen_locked"),
                                         QStringLiteral("sleep")};
        const QString reason = request.body.value(QStringLiteral("reason")).toString(QStringLiteral("idle"));
        if (!reasons.contains(reason)) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"),
                                 QStringLiteral("reason must be one of: %1").arg(reasons.join(QStringLiteral(", "))));
        }
        context.sessions().setLocked(request.caller->session.id, true);
        context.record(request.caller->actor(), QStringLiteral("session.lock"), sessionTarget(request.caller->session.id),
                       {{QStringLiteral("reason"), reason}});
        return noContent();
    });

    // Unlocking needs the password again, through the sign-in gate: failures count.
    router.handleAsync("me.unlock", [&context](const ApiRequest &request, const http::Responder &responder) {
        const Caller caller = *request.caller;
        const QHostAddress address = request.http.remoteAddress();
        if (const std::int64_t wait = context.auth().waitMs(caller.user.username, address); wait > 0) {
            return responder.send(tooManyAttempts(wait));
        }
        context.throttle().countAttempt(caller.user.username, address); // settled below
        const bool takenOn = checkPasswordThen(context, caller.user.username, context.staff().passwordHashOf(caller.user.id),
                          secretField(request.body, "password"), responder, [&context, caller, address](bool matches) {
            if (!matches) {
                context.throttle().storeFailure(caller.user.id);
                context.record(caller.actor(), QStringLiteral("session.unlock_failure"), sessionTarget(caller.session.id));
                return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                                     QStringLiteral("the password is not right"));
            }
            context.throttle().recordSuccess(caller.user.username, caller.user.id, address);
            context.sessions().setLocked(caller.session.id, false); // not a step-up: that needs a code too
            context.record(caller.actor(), QStringLiteral("session.unlock"), sessionTarget(caller.session.id));
            const crypto::SecretBytes secret = context.deviceSecrets().obtain(caller.user.id, caller.session.deviceId);
            return jsonResponse({{QStringLiteral("device_secret"),
                                  QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(secret.data()),
                                                                 qsizetype(secret.size()))
                                                          .toBase64())}});
        });
        if (!takenOn) {
            context.throttle().uncountAttempt(caller.user.username, address);
        }
    });

    // Step-up: the password and a fresh code again, before changes to staff,
    // sessions and retention (catalogue `stepUp`). Same gate as unlocking.
    router.handleAsync("me.step_up", [&context](const ApiRequest &request, const http::Responder &responder) {
        const Caller caller = *request.caller;
        const QHostAddress address = request.http.remoteAddress();
        if (const std::int64_t wait = context.auth().waitMs(caller.user.username, address); wait > 0) {
            return responder.send(tooManyAttempts(wait));
        }
        const QByteArray code = request.body.value(QStringLiteral("code")).toString().trimmed().toLatin1();
        context.throttle().countAttempt(caller.user.username, address); // settled below
        const bool takenOn = checkPasswordThen(context, caller.user.username, context.staff().passwordHashOf(caller.user.id),
                          secretField(request.body, "password"), responder, [&context, caller, address, code](bool matches) {
            const bool codeOk = matches && context.secondFactor().verifyCode(caller.user.id, code) == SecondFactor::Check::Accepted;
            if (!codeOk) {
                context.throttle().storeFailure(caller.user.id);
                context.record(caller.actor(), QStringLiteral("session.step_up_failure"), sessionTarget(caller.session.id));
                return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                                     QStringLiteral("the password or code is not right"));
            }
            context.throttle().recordSuccess(caller.user.username, caller.user.id, address);
            context.sessions().markAuthenticated(caller.session.id);
            context.record(caller.actor(), QStringLiteral("session.step_up"), sessionTarget(caller.session.id));
            return noContent();
        });
        if (!takenOn) {
            context.throttle().uncountAttempt(caller.user.username, address);
        }
    });

    router.handle("me.logout", [&context](const ApiRequest &request) {
        context.sessions().end(request.caller->session.id, QStringLiteral("logout"));
        context.record(request.caller->actor(), QStringLiteral("session.logout"), sessionTarget(request.caller->session.id));
        return noContent();
    });

    router.handleAsync("me.password", [&context](const ApiRequest &request, const http::Responder &responder) {
        const Caller caller = *request.caller;
        crypto::SecretBytes replacement = secretField(request.body, "new_password");
        try {
            context.staff().checkNewPassword(caller.user.id, replacement);
        } catch (const StaffDirectory::Rejected &rejected) {
            return responder.send(errorResponse(Status::UnprocessableEntity, rejected.code(), QString::fromUtf8(rejected.what())));
        }
        const QHostAddress address = request.http.remoteAddress();
        // The same gate as me.unlock: a stolen session must not guess the password faster (finding 7).
        if (const std::int64_t wait = context.auth().waitMs(caller.user.username, address); wait > 0) {
            return responder.send(tooManyAttempts(wait));
        }
        // ASVS 7.4.3: a password change ends the other sessions unless the user keeps them.
        const bool endOthers = request.body.value(QStringLiteral("end_other_sessions")).toBool(true);
        context.throttle().countAttempt(caller.user.username, address); // settled below
        const bool takenOn = checkAndHashThen(context, caller.user.username, context.staff().passwordHashOf(caller.user.id),
                         secretField(request.body, "current_password"), std::move(replacement), responder,
                         [&context, caller, address, endOthers](bool matches, const QByteArray &newHash) {
            if (!matches) {
                context.throttle().storeFailure(caller.user.id);
                context.record(caller.actor(), QStringLiteral("password.change_failure"), caller.actor());
                return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                                     QStringLiteral("the current password is not right"));
            }
            context.throttle().recordSuccess(caller.user.username, caller.user.id, address);
            context.staff().setPasswordHash(caller.user.id, newHash);
            context.staff().setMustChangePassword(caller.user.id, false);
            const int ended = endOthers ? context.sessions().endAllForUser(caller.user.id, QStringLiteral("password_changed"),
                                                                          caller.session.id)
                                        : 0;
            context.record(caller.actor(), QStringLiteral("password.change"), caller.actor(),
                           {{QStringLiteral("other_sessions_ended"), ended}});
            return jsonResponse({{QStringLiteral("other_sessions_ended"), ended}});
        });
        if (!takenOn) {
            context.throttle().uncountAttempt(caller.user.username, address);
        }
    });

    router.handle("me.sessions", [&context](const ApiRequest &request) {
        QJsonArray sessions;
        for (const SessionInfo &session : context.sessions().activeForUser(request.caller->user.id)) {
            sessions.append(api::SessionDto{session.id, session.deviceId, session.createdAtMs, session.lastSeenAtMs,
                                            session.id == request.caller->session.id}
                                .toJson());
        }
        return jsonResponse({{QStringLiteral("sessions"), sessions}});
    });

    router.handle("me.sessions.end", [&context](const ApiRequest &request) {
        const auto session = context.sessions().find(request.args.value(0));
        if (!session || session->userId != request.caller->user.id) {
            return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such session"));
        }
        context.sessions().end(session->id, QStringLiteral("ended_by_user"));
        context.record(request.caller->actor(), QStringLiteral("session.end"), sessionTarget(session->id));
        return noContent();
    });
}

} // namespace cb::server
