#pragma once

#include "client/net/server_connection.h"
#include "core/api/admin_dto.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cb::client {

// One incident as the server keeps it (times are UTC milliseconds).
struct Incident
{
    qint64 id = 0;
    QString type;               // misdirected_message | phi_on_whatsapp | lost_device | other
    qint64 conversationId = 0;  // 0: none
    QString patient;            // the conversation's patient, by name
    QString deviceId;
    QString workstation;        // the name the workstation reported, if known
    QString summary;
    qint64 discoveredAtMs = 0;
    qint64 reportedAtMs = 0;
    QString status;             // open | assessed | notified | closed
    qint64 statusAtMs = 0;
    qint64 deadlineMs = 0;      // discovery + 60 days
    std::optional<qint64> daysLeft; // while a notification is still owed
    bool overdue = false;
    // HIPAA's four factors and the conclusion, once assessed.
    QString natureOfData;
    QString unauthorisedRecipient;
    QString acquiredOrViewed;   // yes | no | unknown
    QString mitigation;
    QString riskConclusion;     // low_probability | breach
    qint64 assessedAtMs = 0;

    static Incident fromJson(const QJsonObject &json);
};

struct IncidentReport
{
    QString type;
    qint64 conversationId = 0;
    QString deviceId;
    qint64 discoveredAtMs = 0;
    QString summary;
};

struct IncidentAssessment
{
    QString natureOfData;
    QString unauthorisedRecipient;
    QString acquiredOrViewed;
    QString mitigation;
    QString riskConclusion;
};

// A conversation behind a dashboard figure: its id and when it counted. No names,
// numbers or content ever come back.
struct DrillDownEntry
{
    qint64 conversationId = 0;
    qint64 atMs = 0;
    QString patient;
};

// A conversation a picker offers: its patient and when they last wrote.
struct ConversationMatch
{
    qint64 conversationId = 0;
    QString patient;
    qint64 lastMessageAtMs = 0;
    qint64 contactId = 0; // the patient: a legal hold may keep all their conversations
};

// Incidents and the compliance dashboard over the server's API. Anyone may report
// an incident; admins and compliance assess, notify, close and read the figures.
// The server checks the role on every call.
class ComplianceService : public QObject
{
    Q_OBJECT
public:
    using Listed = std::function<void(const QList<Incident> &incidents, const QString &error)>;
    using Changed = std::function<void(const std::optional<Incident> &incident, const QString &error)>;
    using Figures = std::function<void(const QJsonObject &figures, const QString &error)>;
    using Conversations = std::function<void(const QList<DrillDownEntry> &entries, const QString &error)>;
    using Matches = std::function<void(const QList<ConversationMatch> &matches, const QString &error)>;
    using Workstations = std::function<void(const QList<api::WorkstationDto> &workstations, const QString &error)>;

    explicit ComplianceService(ServerConnection &server, QObject *parent = nullptr);

    void listIncidents(Listed done);
    void incident(qint64 id, Changed done);
    void report(const IncidentReport &report, Changed done);
    void assess(qint64 id, const IncidentAssessment &assessment, Changed done);
    // `status`: notified or closed (the only moves the server allows by hand).
    void setStatus(qint64 id, const QString &status, const QString &note, Changed done);

    // The dashboard's figures for [fromMs, toMs), and the conversations behind one
    // (`figure`: opt_ins, opt_outs, escalated, waited_over_hour, unanswered,
    // phi_refusals, incidents, review_access).
    void dashboard(qint64 fromMs, qint64 toMs, Figures done);
    void conversations(const QString &figure, qint64 fromMs, qint64 toMs, Conversations done);
    // The conversations of the patients `words` name (part of a name, or a number).
    void findConversations(const QString &words, Matches done);
    // Every workstation that signed in (roles that may see sessions; others get an error).
    void workstations(Workstations done);

    // A translated sentence for a refused status change (409 invalid_transition).
    static QString describeRefusal(const ServerConnection::Reply &reply);

private:
    void changed(const QString &path, const QJsonObject &body, Changed done);

    ServerConnection &m_server;
};

} // namespace cb::client
