#pragma once

#include "core/policy/role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::api {

// One live session as admins and compliance see it (GET /api/v1/sessions).
struct LiveSessionDto
{
    QString id;
    std::int64_t userId = 0;
    QString username;
    QString displayName;
    QList<policy::Role> roles;
    QString deviceId;
    QString workstation;
    QString address;
    std::int64_t startedAtMs = 0;
    std::int64_t lastActiveAtMs = 0;
    bool locked = false;
    bool current = false; // the caller's own session

    QJsonObject toJson() const;
    static std::optional<LiveSessionDto> fromJson(const QJsonObject &json);
};

// A desktop machine: from its sessions and the cache secrets the server holds for it.
struct WorkstationDto
{
    QString deviceId;
    QString name;
    QString address;
    std::int64_t lastSeenAtMs = 0;
    int liveSessions = 0;
    int cachedUsers = 0;
    std::int64_t wipedAtMs = 0;

    QJsonObject toJson() const;
    static std::optional<WorkstationDto> fromJson(const QJsonObject &json);
};

} // namespace cb::api
