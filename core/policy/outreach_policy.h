#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace cb::policy {

// Rules for messages the clinic starts (templates sent outside a conversation
// the patient opened): consent, quiet hours and a per-patient frequency limit.
struct OutreachPolicy
{
    int quietStartHour = 20; // no proactive messages from 20:00…
    int quietEndHour = 8;    // …until 08:00, clinic local time
    int maxPerWeek = 3;      // proactive templates per patient per 7 days

    enum class Verdict { Allowed, OptedOut, NoOptIn, QuietHours, TooFrequent };

    // `localHour` is the clinic's local hour now; `recentSendsMs` the times of
    // proactive sends to this patient (any age; only the last 7 days count).
    Verdict checkProactive(bool optedOut, bool optedIn, int localHour, std::int64_t nowMs,
                           const QList<std::int64_t> &recentSendsMs) const;
    bool inQuietHours(int localHour) const;

    static const char *verdictCode(Verdict verdict);
};

// STOP, BAJA and their usual variants, as the whole message.
bool isOptOutKeyword(const QString &text);
// START, ALTA: the patient asks to hear from the clinic again.
bool isOptInKeyword(const QString &text);

} // namespace cb::policy
