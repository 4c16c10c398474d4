#include "server/admin/compliance_dashboard.h"

#include "server/backup/backup_history.h"

#include "core/store/database.h"
#include "server/portal/portal_stats.h"

#include <algorithm>
#include <vector>

namespace cb::server {

namespace {
constexpr std::int64_t HourMs = 3600 * 1000;

// "conversation:12" in an audit target → 12 (SQL).
constexpr const char *TargetConversation = "CAST(substr(target, 14) AS INTEGER)";
} // namespace

ComplianceDashboard::ComplianceDashboard(store::Database &db, std::int64_t fromMs, std::int64_t toMs, std::int64_t nowMs)
    : m_db(db), m_fromMs(fromMs), m_toMs(toMs), m_nowMs(nowMs)
{
}

std::int64_t ComplianceDashboard::count(const char *sql) const
{
    auto row = m_db.prepare(sql);
    row.bindAll(m_fromMs, m_toMs);
    return row.step() ? row.columnInt64(0) : 0;
}

QJsonArray ComplianceDashboard::rows(const char *sql) const
{
    auto row = m_db.prepare(std::string(sql) + " ORDER BY 2, 1 LIMIT ?");
    row.bindAll(m_fromMs, m_toMs, MaxDrillDown);
    QJsonArray list;
    while (row.step()) {
        list.append(QJsonObject{{QStringLiteral("conversation_id"), qint64(row.columnInt64(0))},
                                {QStringLiteral("at_ms"), qint64(row.columnInt64(1))}});
    }
    return list;
}

QJsonObject ComplianceDashboard::whatsappFigures() const
{
    // Opt-ins to proactive messages by how consent was recorded, and the STOP keyword's opposite.
    auto bySource = m_db.prepare("SELECT json_extract(detail, '$.consent'), count(*) FROM audit_events WHERE action = 'contact.consent' "
                                 "AND at >= ? AND at < ? AND json_extract(detail, '$.proactive_opt_in') = 1 GROUP BY 1");
    bySource.bindAll(m_fromMs, m_toMs);
    QJsonObject sources;
    while (bySource.step()) {
        sources.insert(bySource.columnText(0), qint64(bySource.columnInt64(1)));
    }
    sources.insert(QStringLiteral("start_keyword"),
                   qint64(count("SELECT count(*) FROM audit_events WHERE action = 'contact.opt_back_in' AND at >= ? AND at < ?")));
    return {{QStringLiteral("opt_ins_by_source"), sources},
            {QStringLiteral("opt_outs"), qint64(count("SELECT count(*) FROM audit_events WHERE action = 'contact.opt_out' AND at >= ? AND at < ?"))}};
}

QList<ComplianceDashboard::Wait> ComplianceDashboard::waits() const
{
    // Each conversation's first patient message in the period, and the first staff
    // message to the patient (not a note) after it.
    auto row = m_db.prepare(
        "SELECT f.conversation_id, f.first_ms, (SELECT MIN(o.sent_at_ms) FROM messages o WHERE o.conversation_id = f.conversation_id "
        "AND o.direction = 'outbound' AND o.channel != 'note' AND o.sent_at_ms >= f.first_ms) "
        "FROM (SELECT conversation_id, MIN(sent_at_ms) AS first_ms FROM messages WHERE direction = 'inbound' "
        "AND sent_at_ms >= ? AND sent_at_ms < ? GROUP BY conversation_id) f ORDER BY f.first_ms LIMIT 100000");
    row.bindAll(m_fromMs, m_toMs);
    QList<Wait> list;
    while (row.step()) {
        const bool answered = !row.isNull(2);
        const std::int64_t first = row.columnInt64(1);
        list.append({row.columnInt64(0), first, (answered ? row.columnInt64(2) : m_nowMs) - first, answered});
    }
    return list;
}

QJsonObject ComplianceDashboard::responseFigures() const
{
    std::vector<double> minutes;
    int waitedOverHour = 0, unanswered = 0;
    const QList<Wait> all = waits();
    for (const Wait &wait : all) {
        if (wait.answered) {
            minutes.push_back(double(wait.waitedMs) / 60000.0);
        } else {
            ++unanswered;
        }
        waitedOverHour += wait.waitedMs > HourMs ? 1 : 0;
    }
    double median = 0;
    if (!minutes.empty()) {
        std::sort(minutes.begin(), minutes.end());
        const std::size_t middle = minutes.size() / 2;
        median = minutes.size() % 2 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2;
    }
    return {{QStringLiteral("patients"), all.size()},
            {QStringLiteral("answered"), qint64(minutes.size())},
            {QStringLiteral("unanswered"), unanswered},
            {QStringLiteral("median_first_response_minutes"), median},
            {QStringLiteral("waited_over_hour"), waitedOverHour},
            // Unanswered patients who have waited an hour count as having waited.
            {QStringLiteral("waited_over_hour_share"), all.isEmpty() ? 0.0 : double(waitedOverHour) / double(all.size())}};
}

QJsonObject ComplianceDashboard::incidentFigures() const
{
    QJsonObject byStatus, byType;
    for (const auto &[column, target] : {std::pair{"status", &byStatus}, std::pair{"type", &byType}}) {
        auto row = m_db.prepare(std::string("SELECT ") + column + ", count(*) FROM incidents WHERE discovered_at_ms >= ? "
                                "AND discovered_at_ms < ? GROUP BY 1");
        row.bindAll(m_fromMs, m_toMs);
        while (row.step()) {
            target->insert(row.columnText(0), qint64(row.columnInt64(1)));
        }
    }
    // Overdue is about today, whatever the period: owed notifications past 60 days.
    auto overdue = m_db.prepare("SELECT count(*) FROM incidents WHERE status IN ('open', 'assessed') AND discovered_at_ms + ? < ?");
    overdue.bindAll(std::int64_t(60) * 24 * HourMs, m_nowMs);
    overdue.step();
    return {{QStringLiteral("by_status"), byStatus}, {QStringLiteral("by_type"), byType},
            {QStringLiteral("overdue"), qint64(overdue.columnInt64(0))}};
}

QJsonObject ComplianceDashboard::flagFigures() const
{
    auto row = m_db.prepare("SELECT kind, count(*), sum(acknowledged_at_ms IS NULL) FROM compliance_flags WHERE created_at_ms >= ? "
                            "AND created_at_ms < ? GROUP BY kind");
    row.bindAll(m_fromMs, m_toMs);
    QJsonObject byKind, unacknowledged;
    while (row.step()) {
        byKind.insert(row.columnText(0), qint64(row.columnInt64(1)));
        unacknowledged.insert(row.columnText(0), qint64(row.columnInt64(2)));
    }
    return {{QStringLiteral("by_kind"), byKind}, {QStringLiteral("unacknowledged"), unacknowledged}};
}

QJsonObject ComplianceDashboard::backupFigures() const
{
    const auto asJson = [](const std::optional<BackupRun> &run) -> QJsonValue {
        if (!run) {
            return QJsonValue::Null;
        }
        return QJsonObject{{QStringLiteral("name"), run->name},
                           {QStringLiteral("at_ms"), qint64(run->atMs)},
                           {QStringLiteral("seconds"), run->seconds},
                           {QStringLiteral("bytes"), run->bytes}};
    };
    return {{QStringLiteral("last_backup"), asJson(lastBackupRun(m_db, BackupRun::Kind::Backup))},
            {QStringLiteral("last_drill"), asJson(lastBackupRun(m_db, BackupRun::Kind::Drill))}};
}

QJsonObject ComplianceDashboard::figures() const
{
    return {{QStringLiteral("from_ms"), qint64(m_fromMs)},
            {QStringLiteral("to_ms"), qint64(m_toMs)},
            {QStringLiteral("whatsapp"), whatsappFigures()},
            {QStringLiteral("escalations"), portalStats(m_db, m_fromMs, m_toMs)},
            {QStringLiteral("response"), responseFigures()},
            {QStringLiteral("phi_refusals"),
             qint64(count("SELECT count(*) FROM audit_events WHERE action = 'message.phi_refused' AND at >= ? AND at < ?"))},
            {QStringLiteral("incidents"), incidentFigures()},
            {QStringLiteral("compliance_flags"), flagFigures()},
            {QStringLiteral("backups"), backupFigures()}};
}

const QStringList &ComplianceDashboard::drillDownFigures()
{
    static const QStringList figures{QStringLiteral("opt_ins"),       QStringLiteral("opt_outs"),
                                     QStringLiteral("escalated"),     QStringLiteral("waited_over_hour"),
                                     QStringLiteral("unanswered"),    QStringLiteral("phi_refusals"),
                                     QStringLiteral("incidents"),     QStringLiteral("review_access")};
    return figures;
}

std::optional<QJsonArray> ComplianceDashboard::conversations(const QString &figure) const
{
    if (figure == QLatin1String("waited_over_hour") || figure == QLatin1String("unanswered")) {
        const bool overHour = figure == QLatin1String("waited_over_hour");
        QJsonArray list;
        for (const Wait &wait : waits()) {
            if ((overHour ? wait.waitedMs > HourMs : !wait.answered) && list.size() < MaxDrillDown) {
                list.append(QJsonObject{{QStringLiteral("conversation_id"), qint64(wait.conversationId)},
                                        {QStringLiteral("at_ms"), qint64(wait.firstInboundMs)}});
            }
        }
        return list;
    }
    const std::string fromTarget = std::string("SELECT ") + TargetConversation + ", at FROM audit_events WHERE ";
    if (figure == QLatin1String("opt_ins")) {
        return rows((fromTarget + "action = 'contact.consent' AND json_extract(detail, '$.proactive_opt_in') = 1 "
                                  "AND at >= ? AND at < ?").c_str());
    }
    if (figure == QLatin1String("phi_refusals")) {
        return rows((fromTarget + "action = 'message.phi_refused' AND at >= ? AND at < ?").c_str());
    }
    if (figure == QLatin1String("opt_outs")) {
        // Opt-outs name the contact: its conversation.
        return rows("SELECT v.id, a.at FROM audit_events a JOIN conversations v ON v.contact_id = CAST(substr(a.target, 9) AS INTEGER) "
                    "WHERE a.action = 'contact.opt_out' AND a.at >= ? AND a.at < ?");
    }
    if (figure == QLatin1String("escalated")) {
        return rows("SELECT conversation_id, created_at_ms FROM portal_invitations WHERE reason = 'escalation' "
                    "AND created_at_ms >= ? AND created_at_ms < ?");
    }
    if (figure == QLatin1String("incidents")) {
        return rows("SELECT conversation_id, discovered_at_ms FROM incidents WHERE conversation_id IS NOT NULL "
                    "AND discovered_at_ms >= ? AND discovered_at_ms < ?");
    }
    if (figure == QLatin1String("review_access")) {
        return rows("SELECT CAST(substr(subject, 14) AS INTEGER), created_at_ms FROM compliance_flags WHERE kind = 'review_access' "
                    "AND created_at_ms >= ? AND created_at_ms < ?");
    }
    return std::nullopt;
}

} // namespace cb::server
