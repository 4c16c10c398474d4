#pragma once

#include "client/net/server_connection.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cb::client {

// The audit viewer's filters; every one is optional and they combine with AND.
struct AuditFilter
{
    QString actor;                       // exact: "staff:12", "system"
    qint64 contactId = 0;                // a patient: events on the contact, its conversation and its messages
    QString patient;                     // a patient as people name them: phone number, name, or "contact:12"
    QString actionPrefix;                // "portal." or "login.success"
    QString deviceId;                    // a workstation's device id
    std::optional<qint64> fromMs;        // UTC ms, inclusive
    std::optional<qint64> toMs;          // UTC ms, inclusive

    // "actor=staff%3A3&action=portal.": every value percent-encoded, empty ones left out.
    QString queryString() const;
    bool operator==(const AuditFilter &) const = default;
};

// One event of the chain as the viewer sees it: ids (and the names the server gave
// the people and patients they stand for), counts and reasons.
struct AuditEventRow
{
    qint64 seq = 0;
    qint64 atMs = 0; // UTC
    QString actor;
    QString action;
    QString target;
    QJsonObject detail;
    QString actorName;  // "Dana Reyes" for staff:3, when the server named them
    QString targetName; // "Maria Lopez" for contact:5
};

// The audit trail for admins and compliance: pages newest first, exports and the
// whole-trail check. The server checks view_audit_trail and audits every look.
class AuditService : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum class Format { Csv, Json };
    struct Verification
    {
        bool intact = false;
        qint64 eventsChecked = 0;
        int checkpointsChecked = 0;
        std::optional<qint64> firstBadSeq;
        QString problem;      // "hash_mismatch", "truncated", …
        QString explanation;  // the server's sentence
    };
    // nextBeforeSeq: where the next page starts; none when this was the last.
    using Paged = std::function<void(const QList<AuditEventRow> &events, std::optional<qint64> nextBeforeSeq,
                                     const QString &error)>;
    using Exported = std::function<void(const QByteArray &bytes, bool capped, const QString &error)>;
    using Verified = std::function<void(const Verification &result, const QString &error)>;

    explicit AuditService(ServerConnection &server, QObject *parent = nullptr);

    void page(const AuditFilter &filter, std::optional<qint64> beforeSeq, Paged done, int limit = PageSize);
    // The file's bytes as the server made them (JSON re-serialised from the parsed answer).
    void exportTo(const AuditFilter &filter, Format format, Exported done);
    void verify(Verified done);

private:
    ServerConnection &m_server;
};

} // namespace cb::client
