#include "core/api/identity_dto.h"
#include "core/crypto/secret_bytes.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/password_work.h"
#include "server/server_context.h"

namespace cb::server {

namespace {
HttpResponse outcomeResponse(ServerContext &context, AuthService::Outcome outcome)
{
    using S = AuthService::Status;
    switch (outcome.status) {
    case S::SignedIn: {
        api::SignInDto dto;
        dto.token = QString::fromLatin1(outcome.session.token);
        dto.sessionId = outcome.session.session.id;
        dto.user = outcome.user;
        dto.policy = context.policyFor(outcome.user);
        dto.deviceSecret = QByteArray(reinterpret_cast<const char *>(outcome.deviceSecret.data()),
                                      qsizetype(outcome.deviceSecret.size()));
        dto.recoveryCodes = outcome.recoveryCodes;
        return jsonResponse(dto.toJson());
    }
    case S::Locked:
        return errorResponse(Status::Locked, QStringLiteral("account_locked"),
                             QStringLiteral("too many failed attempts; try again later"),
                             {{QStringLiteral("retry_after_seconds"), qint64((outcome.retryAfterMs + 999) / 1000)}});
    case S::Throttled:
        return errorResponse(Status::TooManyRequests, QStringLiteral("too_many_attempts"),
                             QStringLiteral("too many failed attempts from this address"),
                             {{QStringLiteral("retry_after_seconds"), qint64(outcome.retryAfterMs / 1000)}});
    case S::InvalidCredentials: break;
    }
    return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                         QStringLiteral("the username, password or code is not right"));
}
} // namespace

void addLoginRoutes(ApiRouter &router, ServerContext &context)
{
    // The password is checked on the password pool; everything else here is quick.
    router.handleAsync("login.password", [&context](const ApiRequest &request, const http::Responder &responder) {
        const QString username = request.body.value(QStringLiteral("username")).toString().trimmed().toLower();
        const QString deviceId = request.body.value(QStringLiteral("device_id")).toString();
        if (username.isEmpty() || deviceId.isEmpty() || deviceId.size() > 64) {
            return responder.send(errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                                QStringLiteral("username, password and device_id are required")));
        }
        const QHostAddress address = request.http.remoteAddress();
        if (context.throttle().addressBlocked(address) || !context.throttle().passwordStepAllowed(address)) {
            return responder.send(errorResponse(Status::TooManyRequests, QStringLiteral("too_many_attempts"),
                                                QStringLiteral("too many sign-in attempts from this address"),
                                                {{QStringLiteral("retry_after_seconds"), 60}}));
        }
        const AuthService::PasswordStep step = context.auth().preparePasswordStep(username, deviceId);
        const bool takenOn = checkPasswordThen(context, username, step.encodedHash, secretField(request.body, "password"), responder,
                          [&context, step](bool matches) {
                              const auto challenge = context.auth().finishPasswordStep(step, matches);
                              return jsonResponse(api::LoginChallengeDto{challenge.id, challenge.enrolment,
                                                                         QString::fromLatin1(challenge.enrolmentKey),
                                                                         challenge.enrolmentUri}
                                                      .toJson());
                          });
        if (takenOn) {
            context.throttle().countPasswordStep(address);
        }
    });

    router.handle("login.code", [&context](const ApiRequest &request) {
        const QString challenge = request.body.value(QStringLiteral("challenge")).toString();
        const QByteArray code = request.body.value(QStringLiteral("code")).toString().trimmed().toLatin1();
        const QString recovery = request.body.value(QStringLiteral("recovery_code")).toString();
        return outcomeResponse(context, context.auth().completeLogin(challenge, code, recovery, request.http.remoteAddress()));
    });

    router.handle("login.enrol", [&context](const ApiRequest &request) {
        const QString challenge = request.body.value(QStringLiteral("challenge")).toString();
        const QByteArray code = request.body.value(QStringLiteral("code")).toString().trimmed().toLatin1();
        return outcomeResponse(context, context.auth().completeEnrolment(challenge, code, request.http.remoteAddress()));
    });
}

} // namespace cb::server
