#include "core/policy/outreach_policy.h"

#include "core/policy/phi_guard.h"

#include <QStringList>

namespace cb::policy {

namespace {
constexpr std::int64_t WeekMs = 7LL * 24 * 60 * 60 * 1000;

QString keyword(const QString &text)
{
    QString plain = PhiGuard::normalise(text).trimmed();
    while (!plain.isEmpty() && !plain.back().isLetter()) {
        plain.chop(1); // "STOP." / "baja!"
    }
    return plain;
}
} // namespace

bool OutreachPolicy::inQuietHours(int localHour) const
{
    if (quietStartHour == quietEndHour) {
        return false;
    }
    return quietStartHour > quietEndHour ? (localHour >= quietStartHour || localHour < quietEndHour)
                                         : (localHour >= quietStartHour && localHour < quietEndHour);
}

OutreachPolicy::Verdict OutreachPolicy::checkProactive(bool optedOut, bool optedIn, int localHour, std::int64_t nowMs,
                                                       const QList<std::int64_t> &recentSendsMs) const
{
    if (optedOut) {
        return Verdict::OptedOut;
    }
    if (!optedIn) {
        return Verdict::NoOptIn;
    }
    if (inQuietHours(localHour)) {
        return Verdict::QuietHours;
    }
    int lastWeek = 0;
    for (const std::int64_t at : recentSendsMs) {
        lastWeek += nowMs - at < WeekMs;
    }
    return lastWeek >= maxPerWeek ? Verdict::TooFrequent : Verdict::Allowed;
}

const char *OutreachPolicy::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed: return "allowed";
    case Verdict::OptedOut: return "contact_opted_out";
    case Verdict::NoOptIn: return "no_opt_in";
    case Verdict::QuietHours: return "quiet_hours";
    case Verdict::TooFrequent: return "too_frequent";
    }
    return "allowed";
}

bool isOptOutKeyword(const QString &text)
{
    static const QStringList words{QStringLiteral("stop"), QStringLiteral("unsubscribe"), QStringLiteral("baja"),
                                   QStringLiteral("alto"), QStringLiteral("parar"), QStringLiteral("cancelar suscripcion")};
    return words.contains(keyword(text));
}

bool isOptInKeyword(const QString &text)
{
    static const QStringList words{QStringLiteral("start"), QStringLiteral("alta"), QStringLiteral("unstop")};
    return words.contains(keyword(text));
}

} // namespace cb::policy
