#include "core/api/admin_dto.h"

#include "core/api/identity_dto.h"
#include "core/api/json_text.h"

#include <QJsonArray>

namespace cb::api {

QJsonObject LiveSessionDto::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user_id"), qint64(userId)},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(roles))},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("address"), address},
            {QStringLiteral("started_at_ms"), qint64(startedAtMs)},
            {QStringLiteral("last_active_at_ms"), qint64(lastActiveAtMs)},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("current"), current}};
}

std::optional<LiveSessionDto> LiveSessionDto::fromJson(const QJsonObject &json)
{
    const auto roles = rolesFromJson(json.value(QStringLiteral("roles")).toArray());
    if (jsonText(json, "id").isEmpty() || jsonText(json, "device_id").isEmpty() || !roles) {
        return std::nullopt;
    }
    return LiveSessionDto{jsonText(json, "id"),
                          jsonInteger(json, "user_id"),
                          jsonText(json, "username"),
                          jsonText(json, "display_name"),
                          *roles,
                          jsonText(json, "device_id"),
                          jsonText(json, "workstation"),
                          jsonText(json, "address"),
                          jsonInteger(json, "started_at_ms"),
                          jsonInteger(json, "last_active_at_ms"),
                          json.value(QStringLiteral("locked")).toBool(),
                          json.value(QStringLiteral("current")).toBool()};
}

QJsonObject WorkstationDto::toJson() const
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"), address},
            {QStringLiteral("last_seen_at_ms"), qint64(lastSeenAtMs)},
            {QStringLiteral("live_sessions"), liveSessions},
            {QStringLiteral("cached_users"), cachedUsers},
            {QStringLiteral("wiped_at_ms"), qint64(wipedAtMs)}};
}

std::optional<WorkstationDto> WorkstationDto::fromJson(const QJsonObject &json)
{
    if (jsonText(json, "device_id").isEmpty()) {
        return std::nullopt;
    }
    return WorkstationDto{jsonText(json, "device_id"),
                          jsonText(json, "name"),
                          jsonText(json, "address"),
                          jsonInteger(json, "last_seen_at_ms"),
                          int(jsonInteger(json, "live_sessions")),
                          int(jsonInteger(json, "cached_users")),
                          jsonInteger(json, "wiped_at_ms")};
}

} // namespace cb::api
