#pragma once

class QWidget;

namespace cb::client {
class AccountService;
}

namespace cb::ui {

// Change password: current password, new password twice, "sign out my other
// sessions" (on by default), the server's reason when a password is refused.
void openChangePasswordDialog(client::AccountService &account, QWidget *parent);
// Where I am signed in: each live session with its workstation and times; any
// but the current one can be ended.
void openMySessionsDialog(client::AccountService &account, QWidget *parent);

} // namespace cb::ui
