#include "server/identity/compliance_flags.h"

#include "core/policy/permissions.h"
#include "core/store/database.h"

namespace cb::server {

ComplianceFlags::ComplianceFlags(store::Database &db, const platform::Clock &clock) : m_db(db), m_clock(clock) {}

bool ComplianceFlags::readsPatientData(const QList<policy::Role> &roles)
{
    // Any role that reaches patient data: the inbox, or a compliance review of any thread.
    return policy::rolesAllow(roles, policy::Permission::ReadConversations) ||
           policy::rolesAllow(roles, policy::Permission::ReviewConversations);
}

void ComplianceFlags::raise(const QString &kind, const QString &actor, const QString &subject, std::int64_t auditSeq)
{
    m_db.prepare("INSERT INTO compliance_flags (kind, actor, subject, audit_seq, created_at_ms) VALUES (?, ?, ?, ?, ?)")
        .bindAll(kind, actor, subject, auditSeq, m_clock.nowMs())
        .run();
}

} // namespace cb::server
