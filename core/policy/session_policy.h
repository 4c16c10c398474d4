#pragma once

#include "core/policy/role.h"

#include <QList>

#include <cstdint>

namespace cb::policy {

// How long a session may sit idle before the desktop locks, before the server
// ends it, and how long it may live at all. The strictest of a user's roles wins.
struct SessionPolicy
{
    std::int64_t lockAfterIdleSeconds = 10 * 60;
    std::int64_t endAfterIdleSeconds = 30 * 60;
    std::int64_t absoluteSeconds = 12 * 60 * 60;

    // The strictest policy for these roles, starting from the clinic's `base`.
    static SessionPolicy forRoles(const QList<Role> &roles, const SessionPolicy &base);
    static SessionPolicy forRoles(const QList<Role> &roles); // from the defaults above
};

} // namespace cb::policy
