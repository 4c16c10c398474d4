#include "server/identity/failure_tally.h"

#include "core/platform/client_key.h"

#include <QJsonObject>

namespace cb::server {

FailureTally::FailureTally(audit::AuditLog &audit, const platform::Clock &clock) : m_audit(audit), m_clock(clock) {}

void FailureTally::add(const QHostAddress &address, const QString &reason)
{
    const std::int64_t now = m_clock.nowMs();
    if (!m_byAddress.isEmpty() && now - m_periodStartMs >= PeriodMs) {
        flush();
    }
    if (m_byAddress.isEmpty()) {
        m_periodStartMs = now;
    }
    QString key = platform::clientKey(address); // an IPv6 /64 is one client
    if (!m_byAddress.contains(key) && m_byAddress.size() >= MaxAddresses) {
        key = QStringLiteral("other");
    }
    Tally &tally = m_byAddress[key];
    ++tally.count;
    ++tally.reasons[reason];
}

void FailureTally::flush()
{
    if (m_byAddress.isEmpty()) {
        return;
    }
    const std::int64_t now = m_clock.nowMs();
    // Swap out first: appending can throw, and nothing must be counted twice.
    const QHash<QString, Tally> tallies = std::exchange(m_byAddress, {});
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        QJsonObject reasons;
        for (auto reason = it->reasons.cbegin(); reason != it->reasons.cend(); ++reason) {
            reasons.insert(reason.key(), reason.value());
        }
        m_audit.append({0, now, QStringLiteral("unknown"), QStringLiteral("login.failures"), QString(),
                        QJsonObject{{QStringLiteral("address"), it.key()},
                                    {QStringLiteral("count"), it->count},
                                    {QStringLiteral("reasons"), reasons},
                                    {QStringLiteral("from_ms"), qint64(m_periodStartMs)},
                                    {QStringLiteral("to_ms"), qint64(now)}}});
    }
}

} // namespace cb::server
