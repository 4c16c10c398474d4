#include "core/policy/session_policy.h"

#include <algorithm>

namespace cb::policy {

namespace {
SessionPolicy forRole(Role role, SessionPolicy policy)
{
    if (role == Role::Admin) {
        policy.absoluteSeconds = std::min<std::int64_t>(policy.absoluteSeconds, 8 * 60 * 60); // admin power, shorter life
    }
    return policy;
}
} // namespace

SessionPolicy SessionPolicy::forRoles(const QList<Role> &roles)
{
    return forRoles(roles, SessionPolicy());
}

SessionPolicy SessionPolicy::forRoles(const QList<Role> &roles, const SessionPolicy &base)
{
    SessionPolicy strictest = base;
    for (Role role : roles) {
        const SessionPolicy policy = forRole(role, base);
        strictest.lockAfterIdleSeconds = std::min(strictest.lockAfterIdleSeconds, policy.lockAfterIdleSeconds);
        strictest.endAfterIdleSeconds = std::min(strictest.endAfterIdleSeconds, policy.endAfterIdleSeconds);
        strictest.absoluteSeconds = std::min(strictest.absoluteSeconds, policy.absoluteSeconds);
    }
    return strictest;
}

} // namespace cb::policy
