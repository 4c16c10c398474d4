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
};

} // namespace cb::model
