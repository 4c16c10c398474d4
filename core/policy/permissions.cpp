#include "core/policy/permissions.h"

namespace cb::policy {

QList<Permission> allPermissions()
{
    return {Permission::UseOwnAccount, Permission::ReadConversations, Permission::ReplyToPatients,
            Permission::TriageQueue,   Permission::ManageStaff,       Permission::RevokeSessions,
            Permission::ViewAuditTrail};
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
    case Permission::ViewAuditTrail: return role == Role::Compliance || role == Role::Admin;
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
