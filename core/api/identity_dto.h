#pragma once

#include "core/model/staff_user.h"
#include "core/policy/session_policy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace cb::api {

// The identity part of the desktop<->server protocol. Each type knows its JSON;
// fromJson returns nullopt for anything malformed rather than guessing.

// A JSON array of role names; nullopt if any name is unknown.
std::optional<QList<policy::Role>> rolesFromJson(const QJsonArray &names);

QJsonObject staffUserToJson(const model::StaffUser &user);
std::optional<model::StaffUser> staffUserFromJson(const QJsonObject &json);

QJsonObject sessionPolicyToJson(const policy::SessionPolicy &policy);
std::optional<policy::SessionPolicy> sessionPolicyFromJson(const QJsonObject &json);

// POST /api/v1/login/password → the challenge for step two.
struct LoginChallengeDto
{
    QString challenge;
    bool enrolment = false;
    QString enrolmentKey; // base32 manual key
    QString enrolmentUri; // otpauth:// for the QR code

    QJsonObject toJson() const;
    static std::optional<LoginChallengeDto> fromJson(const QJsonObject &json);
};

// A successful sign-in: the bearer token, who signed in, the session's rules and
// the server half of this workstation's cache key (base64).
struct SignInDto
{
    QString token;
    QString sessionId;
    model::StaffUser user;
    policy::SessionPolicy policy;
    QByteArray deviceSecret;
    QStringList recoveryCodes; // only right after enrolment
    // Failed attempts on this account since its previous sign-in: the person is
    // told, so an attack on their account does not go unnoticed.
    int failedAttempts = 0;
    std::int64_t lastFailedAttemptAtMs = 0;

    QJsonObject toJson() const;
    static std::optional<SignInDto> fromJson(const QJsonObject &json);
};

struct SessionDto
{
    QString id;
    QString deviceId;
    std::int64_t createdAtMs = 0;
    std::int64_t lastSeenAtMs = 0;
    bool current = false;

    QJsonObject toJson() const;
    static std::optional<SessionDto> fromJson(const QJsonObject &json);
};

} // namespace cb::api
