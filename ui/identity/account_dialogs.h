#pragma once

#include <QString>

class QWidget;

namespace cb::client {
class AccountService;
}

namespace cb::ui {

// Change password: current password, new password twice, "sign out my other
// sessions" (on by default), the server's reason when a password is refused.
// `reason`, when given, says why the person must change it now (an admin set it).
void openChangePasswordDialog(client::AccountService &account, QWidget *parent, const QString &reason = {});
// Where I am signed in: each live session with its workstation and times; any
// but the current one can be ended.
void openMySessionsDialog(client::AccountService &account, QWidget *parent);

} // namespace cb::ui
