#include "server/portal/portal_stats.h"

#include "core/store/database.h"

#include <algorithm>
#include <vector>

namespace cb::server {

QJsonObject portalStats(store::Database &db, std::int64_t fromMs, std::int64_t toMs)
{
    auto count = [&](const char *sql) {
        auto row = db.prepare(sql);
        row.bindAll(fromMs, toMs);
        return row.step() ? row.columnInt64(0) : 0;
    };
    // Links staff sent (escalations and new links); nudges are counted apart.
    const std::int64_t sent = count("SELECT count(*) FROM portal_invitations WHERE created_at_ms >= ? AND created_at_ms < ? AND reason != 'nudge'");
    const std::int64_t opened = count("SELECT count(*) FROM portal_invitations WHERE created_at_ms >= ? AND created_at_ms < ? "
                                      "AND reason != 'nudge' AND opened_at_ms > 0");
    const std::int64_t verified = count("SELECT count(*) FROM portal_invitations WHERE created_at_ms >= ? AND created_at_ms < ? "
                                        "AND reason != 'nudge' AND verified_at_ms > 0");
    const std::int64_t nudges = count("SELECT count(*) FROM portal_invitations WHERE created_at_ms >= ? AND created_at_ms < ? AND reason = 'nudge'");
    const std::int64_t active = count("SELECT count(DISTINCT conversation_id) FROM messages WHERE sent_at_ms >= ? AND sent_at_ms < ?");
    const std::int64_t escalated = count("SELECT count(DISTINCT conversation_id) FROM portal_invitations WHERE created_at_ms >= ? "
                                         "AND created_at_ms < ? AND reason = 'escalation'");
    // Each escalation to the first staff message on the portal after it.
    auto replies = db.prepare("SELECT (SELECT MIN(m.sent_at_ms) FROM messages m WHERE m.conversation_id = i.conversation_id "
                              "AND m.channel = 'portal' AND m.direction = 'outbound' AND m.sent_at_ms >= i.created_at_ms) - i.created_at_ms "
                              "FROM portal_invitations i WHERE i.reason = 'escalation' AND i.created_at_ms >= ? AND i.created_at_ms < ?");
    replies.bindAll(fromMs, toMs);
    std::vector<double> minutes;
    while (replies.step()) {
        if (!replies.isNull(0)) {
            minutes.push_back(double(replies.columnInt64(0)) / 60000.0);
        }
    }
    double median = 0;
    if (!minutes.empty()) {
        std::sort(minutes.begin(), minutes.end());
        const std::size_t middle = minutes.size() / 2;
        median = minutes.size() % 2 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2;
    }
    return {{QStringLiteral("from_ms"), qint64(fromMs)},
            {QStringLiteral("to_ms"), qint64(toMs)},
            {QStringLiteral("invitations_sent"), qint64(sent)},
            {QStringLiteral("invitations_opened"), qint64(opened)},
            {QStringLiteral("invitations_verified"), qint64(verified)},
            {QStringLiteral("nudges_sent"), qint64(nudges)},
            {QStringLiteral("conversations_active"), qint64(active)},
            {QStringLiteral("conversations_escalated"), qint64(escalated)},
            {QStringLiteral("escalated_share"), active > 0 ? double(escalated) / double(active) : 0.0},
            {QStringLiteral("median_minutes_to_first_secure_reply"), median},
            {QStringLiteral("secure_replies_measured"), qint64(minutes.size())}};
}

} // namespace cb::server
