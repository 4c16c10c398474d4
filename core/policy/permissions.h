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
    ViewAuditTrail,    // read, verify and export the audit chain; the compliance figures
    ViewSessions,      // see every live session and workstation (admins change, compliance reads)
    ManageRetention,   // retention period, legal holds, purges
    ReportIncident,    // report a misdirected message, PHI on WhatsApp, a lost device
    ManageIncidents,   // assess, notify and close incidents (the privacy officer's job)
    ReviewConversations, // open a thread for an investigation, with a reason, for a limited time
    AcknowledgeFlags,  // close a compliance flag with a note (never the admins the flags are about)
};

QList<Permission> allPermissions();
const char *permissionName(Permission permission);

// The one permission matrix (least privilege: admins manage people, not patients;
// compliance reads the audit trail, not conversations).
bool roleAllows(Role role, Permission permission);
bool rolesAllow(const QList<Role> &roles, Permission permission);

} // namespace cb::policy
