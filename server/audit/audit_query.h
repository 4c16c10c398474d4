#pragma once

#include "core/audit/audit_log.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

// The viewer's filters; every one is optional and they combine with AND.
struct AuditFilter
{
    // "staff:12", "system", "portal:…" exactly; anything else is part of a staff
    // member's name or username, resolved by AuditQuery::resolve into `actors`.
    QString actor;
    QStringList actors;
    std::int64_t contactId = 0; // events on contact:<id>, its conversation, and its messages
    // A patient as a person names them: a phone number in any usual format, a
    // name (or part of it), or "contact:12". Resolved by AuditQuery::resolvePatient
    // into `contactIds`; every event that read them matches, the snapshot pages
    // that listed them and the event streams that carried them included.
    QString patient;
    QList<std::int64_t> contactIds;
    QString actionPrefix;   // "portal." matches every portal event; "login.success" itself
    QString deviceId;       // events by people signed in on that workstation, during those sessions
    std::optional<std::int64_t> fromMs; // UTC ms, inclusive
    std::optional<std::int64_t> toMs;   // UTC ms, inclusive

    // From ?actor=&contact=&patient=&action=&device=&from_ms=&to_ms=; nullopt with *error naming the bad one.
    static std::optional<AuditFilter> fromQuery(const QUrlQuery &query, QString *error);
    // The filters given, for the audit event that records a query or an export.
    QJsonObject toJson() const;
};

// Reads the trail newest first, a page at a time: keyset paging on seq, each
// filter backed by an index that ends in seq (migration 0009).
class AuditQuery
{
public:
    static constexpr int MaxPage = 500;

    explicit AuditQuery(store::Database &db) : m_db(db) {}

    // Events with seq < beforeSeq (all when nullopt) that match, newest first, at most `limit`.
    QList<audit::AuditEvent> page(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq, int limit);

    // The contacts a person's words name (at most MaxPatients): a number with 7 or
    // more digits is a phone number (a 10-digit one also as US +1), "contact:N" an
    // id, anything else part of a name. Empty: nobody matches (never "nobody accessed").
    static constexpr int MaxPatients = 20;
    QList<std::int64_t> resolvePatient(const QString &text) const;
    // Whether a person's words are a phone number (as resolvePatient reads them) rather than a name.
    static bool isPhoneNumber(const QString &words);
    // The staff members (at most MaxPeople) whose name or username contains `words`.
    static constexpr int MaxPeople = 20;
    QStringList resolvePerson(const QString &words) const;
    // Fills `contactIds` from `patient` and `actors` from a name in `actor`.
    // Returns what named nobody: "unknown_patient", "unknown_person", or empty.
    QString resolve(AuditFilter &filter) const;

private:
    store::Database &m_db;
};

} // namespace cb::server
