#pragma once

#include "core/policy/role.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace cb::model {

// A member of the clinic's staff, as the server stores them and the desktop
// shows them. Its JSON lives in core/api/identity_dto.h.
struct StaffUser
{
    std::int64_t id = 0;
    QString username;
    QString displayName;
    QList<policy::Role> roles;
    bool active = true;
    bool mfaEnrolled = false;
    // For administrators: when they last signed in, failed attempts since then,
    // and whether the password an admin set must be changed first.
    std::int64_t lastSignInAtMs = 0;
    int failedAttempts = 0;
    std::int64_t lastFailedAtMs = 0;
    bool mustChangePassword = false;
    std::int64_t signInDelayMs = 0; // the sign-in delay this account faces now (a "lock")
};

} // namespace cb::model
