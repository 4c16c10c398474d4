#pragma once

#include "core/policy/role.h"

#include <QList>

namespace cb::policy {

// Everything a staff user can be allowed to do. The server checks one of these
// on every endpoint; the desktop uses the same matrix to hide what would fail.
enum class Permission {
    UseOwnAccount,     // sign out, change own password, list and end own sessions
    ReadConversations, // open patient threads (PHI)
    ReplyToPatients,   // send on WhatsApp / the portal
    TriageQueue,       // work the nurse triage queue
    ManageStaff,       // create, disable, reset MFA of staff users
    RevokeSessions,    // end other people's sessions
    ViewAuditTrail,    // read and verify the audit chain
};

QList<Permission> allPermissions();
const char *permissionName(Permission permission);

// The one permission matrix (least privilege: admins manage people, not patients;
// compliance reads the audit trail, not conversations).
bool roleAllows(Role role, Permission permission);
bool rolesAllow(const QList<Role> &roles, Permission permission);

} // namespace cb::policy
