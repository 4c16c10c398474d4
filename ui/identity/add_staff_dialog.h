#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cb::client {
class StaffAdminService;
}

namespace cb::ui {

// Adds a staff user: username, display name, roles and a temporary password
// that the administrator hands over in person. The server's reason is shown
// when it refuses (taken username, weak password) and nothing typed is lost.
class AddStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddStaffDialog(client::StaffAdminService &admin, QWidget *parent = nullptr);

signals:
    void created(const QString &message);

private:
    void submit();

    client::StaffAdminService &m_admin;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_password;
    QLabel *m_message;
};

} // namespace cb::ui
