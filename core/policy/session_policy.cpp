#include "core/policy/session_policy.h"

#include <algorithm>

namespace cb::policy {

namespace {
SessionPolicy forRole(Role role)
{
    SessionPolicy policy; // the HIPAA-minded defaults: lock 10 min, end 30 min idle, 12 h absolute
    if (role == Role::Admin) {
        policy.absoluteSeconds = 8 * 60 * 60; // admin power, shorter life
    }
    return policy;
}
} // namespace

SessionPolicy SessionPolicy::forRoles(const QList<Role> &roles)
{
    SessionPolicy strictest;
    for (Role role : roles) {
        const SessionPolicy policy = forRole(role);
        strictest.lockAfterIdleSeconds = std::min(strictest.lockAfterIdleSeconds, policy.lockAfterIdleSeconds);
        strictest.endAfterIdleSeconds = std::min(strictest.endAfterIdleSeconds, policy.endAfterIdleSeconds);
        strictest.absoluteSeconds = std::min(strictest.absoluteSeconds, policy.absoluteSeconds);
    }
    return strictest;
}

} // namespace cb::policy
