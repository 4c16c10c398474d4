#include "core/api/identity_dto.h"
#include "core/crypto/secret_bytes.h"
#include "server/http/api_router.h"
#include "server/identity/identity_routes.h"
#include "server/identity/password_work.h"
#include "server/server_context.h"

namespace cb::server {

namespace {
qint64 seconds(std::int64_t ms)
{
    return qint64((ms + 999) / 1000);
}

HttpResponse challengeResponse(const AuthService::Challenge &challenge)
{
    return jsonResponse(api::LoginChallengeDto{challenge.id, challenge.enrolment, QString::fromLatin1(challenge.enrolmentKey),
                                               challenge.enrolmentUri}
                            .toJson());
}

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
        dto.failedAttempts = outcome.failedBefore.count;
        dto.lastFailedAttemptAtMs = outcome.failedBefore.lastAtMs;
        return jsonResponse(dto.toJson());
    }
    case S::EnrolmentStarted:
        return challengeResponse(outcome.enrolment);
    case S::Throttled:
        return tooManyAttempts(outcome.retryAfterMs);
    case S::InvalidCredentials: break;
    }
    QJsonObject extra;
    if (outcome.retryAfterMs > 0) {
        extra.insert(QStringLiteral("retry_after_seconds"), seconds(outcome.retryAfterMs));
    }
    return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                         QStringLiteral("the username, password or code is not right"), extra);
}
} // namespace

HttpResponse tooManyAttempts(std::int64_t retryAfterMs)
{
    HttpResponse response = errorResponse(Status::TooManyRequests, QStringLiteral("too_many_attempts"),
                                          QStringLiteral("too many attempts; wait and try again"),
                                          {{QStringLiteral("retry_after_seconds"), seconds(retryAfterMs)}});
    response.setHeader("Retry-After", QByteArray::number(seconds(retryAfterMs)));
    return response;
}

void addLoginRoutes(ApiRouter &router, ServerContext &context)
{
    // The password is checked on the password pool; everything else here is quick.
    router.handleAsync("login.password", [&context](const ApiRequest &request, const http::Responder &responder) {
        const QString username = request.body.value(QStringLiteral("username")).toString().trimmed().toLower();
        const QString deviceId = request.body.value(QStringLiteral("device_id")).toString();
        if (username.isEmpty() || username.size() > 64 || deviceId.isEmpty() || deviceId.size() > 64) {
            return responder.send(errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                                QStringLiteral("username, password and device_id are required")));
        }
        const QHostAddress address = request.http.remoteAddress();
        if (!context.throttle().passwordStepAllowed(address)) {
            return responder.send(tooManyAttempts(LoginThrottle::PasswordStepWindowMs));
        }
        // The same gate for every username, known or not (finding 7).
        if (const std::int64_t wait = context.auth().waitMs(username, address); wait > 0) {
            return responder.send(tooManyAttempts(wait));
        }
        AuthService::PasswordStep step = context.auth().preparePasswordStep(username, deviceId, address);
        step.workstation = request.body.value(QStringLiteral("workstation")).toString().simplified().left(64);
        // Counted now, not when the hash is done: two steps at once cannot both slip past a delay.
        context.throttle().countAttempt(step.username, address);
        // A hash made at an old cost is made again at ours (finding 9).
        const bool takenOn = checkPasswordForSignInThen(
            context, username, step.encodedHash, step.needsRehash, secretField(request.body, "password"), responder,
            [&context, step](bool matches, const QByteArray &rehash) {
                return challengeResponse(context.auth().finishPasswordStep(step, matches, rehash));
            });
        if (takenOn) {
            context.throttle().countPasswordStep(address);
        } else {
            context.throttle().uncountAttempt(step.username, address);
        }
    });

    router.handle("login.code", [&context](const ApiRequest &request) {
        const QString challenge = request.body.value(QStringLiteral("challenge")).toString();
        const QByteArray code = request.body.value(QStringLiteral("code")).toString().trimmed().toLatin1();
        const QString recovery = request.body.value(QStringLiteral("recovery_code")).toString();
        const QString enrolmentCode = request.body.value(QStringLiteral("enrolment_code")).toString();
        return outcomeResponse(context, context.auth().completeLogin(challenge, code, recovery, enrolmentCode,
                                                                     request.http.remoteAddress()));
    });

    router.handle("login.enrol", [&context](const ApiRequest &request) {
        const QString challenge = request.body.value(QStringLiteral("challenge")).toString();
        const QByteArray code = request.body.value(QStringLiteral("code")).toString().trimmed().toLatin1();
        return outcomeResponse(context, context.auth().completeEnrolment(challenge, code, request.http.remoteAddress()));
    });
}

} // namespace cb::server
