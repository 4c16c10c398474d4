#include "client/inbox/colleague.h"

#include "core/policy/role.h"

namespace cb::client {

QString Colleague::signature() const
{
    using policy::Role;
    for (const Role role : {Role::Clinician, Role::Nurse, Role::FrontDesk, Role::Admin, Role::Compliance}) {
        if (roles.contains(policy::roleName(role))) {
            //: A staff member's name and role on their messages, e.g. "Dana Reyes, Nurse".
            return QStringLiteral("%1, %2").arg(displayName, policy::roleTitle(role));
        }
    }
    return displayName;
}

} // namespace cb::client
