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

    static SessionPolicy forRoles(const QList<Role> &roles);
};

} // namespace cb::policy
