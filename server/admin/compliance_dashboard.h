#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

// The compliance dashboard's figures over [fromMs, toMs): counts and shares
// only. The drill-down lists the conversations behind one figure as ids and
// times: no names, numbers or content (admins and compliance never read
// patient data through it).
class ComplianceDashboard
{
public:
    static constexpr int MaxDrillDown = 500;

    ComplianceDashboard(store::Database &db, std::int64_t fromMs, std::int64_t toMs, std::int64_t nowMs);

    QJsonObject figures() const;
    // The figures a drill-down knows; nullopt for another name.
    static const QStringList &drillDownFigures();
    // [{conversation_id, at_ms}], oldest first, at most MaxDrillDown.
    std::optional<QJsonArray> conversations(const QString &figure) const;

private:
    struct Wait
    {
        std::int64_t conversationId;
        std::int64_t firstInboundMs;
        std::int64_t waitedMs; // to the first reply, or until now when unanswered
        bool answered;
    };
    QList<Wait> waits() const;
    QJsonObject whatsappFigures() const;
    QJsonObject responseFigures() const;
    QJsonObject incidentFigures() const;
    QJsonObject flagFigures() const;
    QJsonObject backupFigures() const; // the contingency plan: last verified backup and drill
    std::int64_t count(const char *sql) const;
    QJsonArray rows(const char *sql) const;

    store::Database &m_db;
    std::int64_t m_fromMs;
    std::int64_t m_toMs;
    std::int64_t m_nowMs;
};

} // namespace cb::server
