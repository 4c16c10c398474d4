#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <cstdint>
#include <optional>
#include <variant>

namespace cb::server {

// Small checks every records endpoint shares: bounded text and bounded periods.

// The trimmed text of `field`, or nullopt when it is shorter than `min` or longer than `max`.
std::optional<QString> boundedText(const QJsonObject &body, const char *field, int min, int max);
HttpResponse invalidField(const char *field, const QString &message);

struct Period
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};
// ?from_ms=&to_ms= (default: the last 30 days up to now); at most `maxDays` long.
std::variant<Period, HttpResponse> periodFrom(const QUrlQuery &query, std::int64_t nowMs, int maxDays = 366);

QString conversationSubject(std::int64_t id);
QString staffName(std::int64_t id);

} // namespace cb::server
