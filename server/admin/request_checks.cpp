#include "server/admin/request_checks.h"

namespace cb::server {

std::optional<QString> boundedText(const QJsonObject &body, const char *field, int min, int max)
{
    const QString text = body.value(QLatin1String(field)).toString().trimmed();
    if (text.size() < min || text.size() > max) {
        return std::nullopt;
    }
    return text;
}

HttpResponse invalidField(const char *field, const QString &message)
{
    return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"), message,
                         {{QStringLiteral("field"), QLatin1String(field)}});
}

std::variant<Period, HttpResponse> periodFrom(const QUrlQuery &query, std::int64_t nowMs, int maxDays)
{
    constexpr std::int64_t DayMs = 24LL * 3600 * 1000;
    bool fromOk = false, toOk = false;
    Period period;
    period.fromMs = query.queryItemValue(QStringLiteral("from_ms")).toLongLong(&fromOk);
    period.toMs = query.queryItemValue(QStringLiteral("to_ms")).toLongLong(&toOk);
    if (!toOk) {
        period.toMs = nowMs + 1;
    }
    if (!fromOk) {
        period.fromMs = period.toMs - 30 * DayMs;
    }
    if (period.fromMs < 0 || period.toMs <= period.fromMs) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_period"), QStringLiteral("from_ms must be before to_ms"));
    }
    if (period.toMs - period.fromMs > maxDays * DayMs) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_period"),
                             QStringLiteral("a period is at most %1 days").arg(maxDays));
    }
    return period;
}

QString conversationSubject(std::int64_t id)
{
    return QStringLiteral("conversation:%1").arg(id);
}

QString staffName(std::int64_t id)
{
    return QStringLiteral("staff:%1").arg(id);
}

} // namespace cb::server
