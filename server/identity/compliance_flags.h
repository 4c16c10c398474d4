#pragma once

#include "core/platform/clock.h"
#include "core/policy/role.h"

#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// Things compliance must look at, raised where they happen and shown on the
// dashboard: least privilege says admins manage people, not patients, so an
// admin who could reach patient data through an account they control is flagged.
class ComplianceFlags
{
public:
    static inline const QString AdminInboxRole = QStringLiteral("admin_inbox_role");
    static inline const QString InboxCredentialsReset = QStringLiteral("inbox_credentials_reset");
    // An admin created an account that reads patient data: they chose its first
    // password and hold its enrolment code, so they could sign in as it.
    static inline const QString InboxAccountCreated = QStringLiteral("inbox_account_created");

    ComplianceFlags(store::Database &db, const platform::Clock &clock);

    // Whether these roles may read patient conversations.
    static bool readsPatientData(const QList<policy::Role> &roles);

    void raise(const QString &kind, const QString &actor, const QString &subject, std::int64_t auditSeq);

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
};

} // namespace cb::server
