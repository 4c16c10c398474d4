#pragma once

#include "core/audit/audit_log.h"
#include "core/platform/clock.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>

namespace cb::server {

// Sign-in failures that name no real account (an unknown username, a forged or
// expired challenge) are noise a flood can make endless, so they are not one
// audit row each (security review, finding 8): they are tallied per address and
// written as one "login.failures" event per address a minute, with the count
// and the reasons. Failures against real accounts stay one event each; the
// throttle bounds those. At most MaxAddresses addresses are kept apart in a
// minute; the rest are tallied together as "other".
class FailureTally
{
public:
    static constexpr std::int64_t PeriodMs = 60'000;
    static constexpr int MaxAddresses = 1024;

    FailureTally(audit::AuditLog &audit, const platform::Clock &clock);

    void add(const QHostAddress &address, const QString &reason);
    // Writes what the period holds. Runs by itself once a period has passed, and
    // on a timer and at shutdown so the last minute is not lost.
    void flush();
    int pendingAddresses() const { return int(m_byAddress.size()); }

private:
    struct Tally
    {
        int count = 0;
        QMap<QString, int> reasons;
    };

    audit::AuditLog &m_audit;
    const platform::Clock &m_clock;
    std::int64_t m_periodStartMs = 0;
    QHash<QString, Tally> m_byAddress;
};

} // namespace cb::server
