#include "core/api/identity_dto.h"

#include <algorithm>

#include "core/api/json_text.h"

#include <QJsonArray>

namespace cb::api {

namespace {
QStringList toStrings(const QJsonArray &array)
{
    QStringList values;
    for (const auto &value : array) {
        values.append(value.toString());
    }
    return values;
}
} // namespace

std::optional<QList<policy::Role>> rolesFromJson(const QJsonArray &names)
{
    return policy::rolesFromNames(toStrings(names));
}

QJsonObject staffUserToJson(const model::StaffUser &user)
{
    return {{QStringLiteral("id"), qint64(user.id)},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(user.roles))},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("mfa_enrolled"), user.mfaEnrolled},
            {QStringLiteral("last_sign_in_at_ms"), qint64(user.lastSignInAtMs)},
            {QStringLiteral("failed_attempts"), user.failedAttempts},
            {QStringLiteral("last_failed_at_ms"), qint64(user.lastFailedAtMs)},
            {QStringLiteral("must_change_password"), user.mustChangePassword},
            {QStringLiteral("sign_in_delay_ms"), qint64(user.signInDelayMs)}};
}

std::optional<model::StaffUser> staffUserFromJson(const QJsonObject &json)
{
    const auto roles = rolesFromJson(json.value(QStringLiteral("roles")).toArray());
    if (!json.value(QStringLiteral("id")).isDouble() || jsonText(json, "username").isEmpty() || !roles) {
        return std::nullopt;
    }
    return model::StaffUser{json.value(QStringLiteral("id")).toInteger(), jsonText(json, "username"), jsonText(json, "display_name"),
                        *roles, json.value(QStringLiteral("active")).toBool(true),
                        json.value(QStringLiteral("mfa_enrolled")).toBool(),
                        jsonInteger(json, "last_sign_in_at_ms"), int(jsonInteger(json, "failed_attempts")),
                        jsonInteger(json, "last_failed_at_ms"), json.value(QStringLiteral("must_change_password")).toBool(),
                        jsonInteger(json, "sign_in_delay_ms")};
}

QJsonObject sessionPolicyToJson(const policy::SessionPolicy &policy)
{
    return {{QStringLiteral("lock_after_idle_seconds"), qint64(policy.lockAfterIdleSeconds)},
            {QStringLiteral("end_after_idle_seconds"), qint64(policy.endAfterIdleSeconds)},
            {QStringLiteral("absolute_seconds"), qint64(policy.absoluteSeconds)}};
}

std::optional<policy::SessionPolicy> sessionPolicyFromJson(const QJsonObject &json)
{
    policy::SessionPolicy policy;
    policy.lockAfterIdleSeconds = json.value(QStringLiteral("lock_after_idle_seconds")).toInteger(-1);
    policy.endAfterIdleSeconds = json.value(QStringLiteral("end_after_idle_seconds")).toInteger(-1);
    policy.absoluteSeconds = json.value(QStringLiteral("absolute_seconds")).toInteger(-1);
    if (policy.lockAfterIdleSeconds <= 0 || policy.endAfterIdleSeconds <= 0 || policy.absoluteSeconds <= 0) {
        return std::nullopt;
    }
    return policy;
}

QJsonObject LoginChallengeDto::toJson() const
{
    QJsonObject json{{QStringLiteral("challenge"), challenge},
                     {QStringLiteral("next"), enrolment ? QStringLiteral("enrol") : QStringLiteral("code")}};
    if (enrolment) {
        json.insert(QStringLiteral("enrolment"),
                    QJsonObject{{QStringLiteral("key"), enrolmentKey}, {QStringLiteral("uri"), enrolmentUri}});
    }
    return json;
}

std::optional<LoginChallengeDto> LoginChallengeDto::fromJson(const QJsonObject &json)
{
    LoginChallengeDto dto;
    dto.challenge = jsonText(json, "challenge");
    const QString next = jsonText(json, "next");
    dto.enrolment = next == QLatin1String("enrol");
    if (dto.challenge.isEmpty() || (!dto.enrolment && next != QLatin1String("code"))) {
        return std::nullopt;
    }
    if (dto.enrolment) {
        const QJsonObject enrolment = json.value(QStringLiteral("enrolment")).toObject();
        dto.enrolmentKey = jsonText(enrolment, "key");
        dto.enrolmentUri = jsonText(enrolment, "uri");
        if (dto.enrolmentKey.isEmpty() || !dto.enrolmentUri.startsWith(QLatin1String("otpauth://"))) {
            return std::nullopt;
        }
    }
    return dto;
}

QJsonObject SignInDto::toJson() const
{
    QJsonObject json{{QStringLiteral("token"), token},
                     {QStringLiteral("session_id"), sessionId},
                     {QStringLiteral("user"), staffUserToJson(user)},
                     {QStringLiteral("policy"), sessionPolicyToJson(policy)},
                     {QStringLiteral("device_secret"), QString::fromLatin1(deviceSecret.toBase64())}};
    if (!recoveryCodes.isEmpty()) {
        json.insert(QStringLiteral("recovery_codes"), QJsonArray::fromStringList(recoveryCodes));
    }
    if (failedAttempts > 0) {
        json.insert(QStringLiteral("failed_attempts"),
                    QJsonObject{{QStringLiteral("count"), failedAttempts},
                                {QStringLiteral("last_at_ms"), qint64(lastFailedAttemptAtMs)}});
    }
    return json;
}

std::optional<SignInDto> SignInDto::fromJson(const QJsonObject &json)
{
    const auto user = staffUserFromJson(json.value(QStringLiteral("user")).toObject());
    const auto policy = sessionPolicyFromJson(json.value(QStringLiteral("policy")).toObject());
    SignInDto dto;
    dto.token = jsonText(json, "token");
    dto.sessionId = jsonText(json, "session_id");
    dto.deviceSecret = QByteArray::fromBase64(jsonText(json, "device_secret").toLatin1());
    const QJsonObject failed = json.value(QStringLiteral("failed_attempts")).toObject();
    dto.failedAttempts = std::clamp(failed.value(QStringLiteral("count")).toInt(), 0, 1'000'000);
    dto.lastFailedAttemptAtMs = failed.value(QStringLiteral("last_at_ms")).toInteger();
    if (!user || !policy || dto.token.isEmpty() || dto.sessionId.isEmpty() || dto.deviceSecret.size() != 32) {
        return std::nullopt;
    }
    dto.user = *user;
    dto.policy = *policy;
    dto.recoveryCodes = toStrings(json.value(QStringLiteral("recovery_codes")).toArray());
    return dto;
}

QJsonObject SessionDto::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("created_at_ms"), qint64(createdAtMs)},
            {QStringLiteral("last_seen_at_ms"), qint64(lastSeenAtMs)},
            {QStringLiteral("current"), current}};
}

std::optional<SessionDto> SessionDto::fromJson(const QJsonObject &json)
{
    if (jsonText(json, "id").isEmpty()) {
        return std::nullopt;
    }
    return SessionDto{jsonText(json, "id"), jsonText(json, "device_id"), json.value(QStringLiteral("created_at_ms")).toInteger(),
                      json.value(QStringLiteral("last_seen_at_ms")).toInteger(), json.value(QStringLiteral("current")).toBool()};
}

} // namespace cb::api
