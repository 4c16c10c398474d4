#pragma once

#include "client/net/server_connection.h"

#include <QList>
#include <QObject>

#include <functional>

namespace cb::client {

// One compliance flag: something an admin or reviewer did that compliance must
// look at. People and patients come by name (ids stay for tests and tooltips).
struct ComplianceFlag
{
    qint64 id = 0;
    QString kind;        // admin_inbox_role | inbox_credentials_reset | inbox_account_created | review_access
    QString actor;       // "staff:3"
    QString actorName;
    QString subject;     // "staff:9" or "conversation:4"
    QString subjectName;
    qint64 createdAtMs = 0;
    qint64 acknowledgedAtMs = 0; // 0: still open
    QString acknowledgedByName;
    QString note;

    bool open() const { return acknowledgedAtMs == 0; }
    static ComplianceFlag fromJson(const QJsonObject &json);
};

// The flags over the server's API: admins and compliance list them; only
// compliance acknowledges one, with a note (the server checks both).
class ComplianceFlagsService : public QObject
{
    Q_OBJECT
public:
    using Listed = std::function<void(const QList<ComplianceFlag> &flags, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    explicit ComplianceFlagsService(ServerConnection &server, QObject *parent = nullptr);

    // Open ones only, or every flag (newest first, at most 200).
    void list(bool includeAcknowledged, Listed done);
    void acknowledge(qint64 id, const QString &note, Done done);

private:
    ServerConnection &m_server;
};

} // namespace cb::client
