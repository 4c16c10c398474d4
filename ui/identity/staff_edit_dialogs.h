#pragma once

#include "core/model/staff_user.h"

#include <functional>

class QWidget;

namespace cb::client {
class StaffAdminService;
}

namespace cb::ui {

using StaffChanged = std::function<void(bool ok, const QString &message)>;

// Change someone's roles: a tick per role, at least one. Non-blocking (open()).
void openRolesDialog(client::StaffAdminService &admin, const model::StaffUser &user, QWidget *parent, StaffChanged done);
// Set a temporary password the person must replace at their next sign-in.
void openResetPasswordDialog(client::StaffAdminService &admin, const model::StaffUser &user, QWidget *parent,
                             StaffChanged done);

} // namespace cb::ui
