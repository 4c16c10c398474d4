#pragma once

#include "client/session/session_manager.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace cb::ui {

// What a locked Carebridge shows: who is signed in, nothing else. The password
// unlocks; "Switch user" signs this person out for the next one (shared
// front-desk workstations).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(client::SessionManager &session, QWidget *parent = nullptr);

private:
    client::SessionManager &m_session;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace cb::ui
