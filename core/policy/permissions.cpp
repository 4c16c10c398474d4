#include "core/policy/permissions.h"

namespace cb::policy {

QList<Permission> allPermissions()
{
    return {Permission::UseOwnAccount, Permission::ReadConversations, Permission::ReplyToPatients,
            Permission::TriageQueue,   Permission::ManageStaff,       Permission::RevokeSessions,
            Permission::ViewAuditTrail, Permission::ViewSessions, Permission::ManageRetention,
            Permission::ReportIncident, Permission::ManageIncidents, Permission::ReviewConversations,
            Permission::AcknowledgeFlags};
}

const char *permissionName(Permission permission)
{
    switch (permission) {
    case Permission::UseOwnAccount: return "use_own_account";
    case Permission::ReadConversations: return "read_conversations";
    case Permission::ReplyToPatients: return "reply_to_patients";
    case Permission::TriageQueue: return "triage_queue";
    case Permission::ManageStaff: return "manage_staff";
    case Permission::RevokeSessions: return "revoke_sessions";
    case Permission::ViewAuditTrail: return "view_audit_trail";
    case Permission::ViewSessions: return "view_sessions";
    case Permission::ManageRetention: return "manage_retention";
    case Permission::ReportIncident: return "report_incident";
    case Permission::ManageIncidents: return "manage_incidents";
    case Permission::ReviewConversations: return "review_conversations";
    case Permission::AcknowledgeFlags: return "acknowledge_flags";
    }
    return "unknown";
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::UseOwnAccount: return true;
    case Permission::ReadConversations:
    case Permission::ReplyToPatients:
        return role == Role::FrontDesk || role == Role::Nurse || role == Role::Clinician;
    case Permission::TriageQueue: return role == Role::Nurse || role == Role::Clinician;
    case Permission::ManageStaff:
    case Permission::RevokeSessions: return role == Role::Admin;
    case Permission::ViewAuditTrail:
    case Permission::ViewSessions:
    case Permission::ManageIncidents: return role == Role::Compliance || role == Role::Admin;
    case Permission::ManageRetention: return role == Role::Admin;
    case Permission::ReportIncident: return true;
    case Permission::ReviewConversations:
    case Permission::AcknowledgeFlags: return role == Role::Compliance;
    }
    return false;
}

bool rolesAllow(const QList<Role> &roles, Permission permission)
{
    for (Role role : roles) {
        if (roleAllows(role, permission)) {
            return true;
        }
    }
    return false;
}

} // namespace cb::policy
