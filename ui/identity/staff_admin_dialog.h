#pragma once

#include "core/api/identity_dto.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cb::client {
class StaffAdminService;
}

namespace cb::ui {

// Manage staff: the clinic's accounts with their roles and state, last sign-in,
// failed attempts and any sign-in delay; add one, change roles, disable or
// enable, reset the password or the authenticator, lift a delay, sign someone
// out everywhere.
class StaffAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaffAdminDialog(client::StaffAdminService &admin, QWidget *parent = nullptr);

    void reload();

private:
    std::optional<model::StaffUser> selected() const;
    void showStaff(const QList<model::StaffUser> &staff, const QString &error);
    void updateButtons();
    void report(bool ok, const QString &message);

    client::StaffAdminService &m_admin;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_toggleActive;
    QPushButton *m_resetAuthenticator;
    QPushButton *m_signOut;
    QPushButton *m_roles;
    QPushButton *m_resetPassword;
    QPushButton *m_liftDelay;
    QList<model::StaffUser> m_staff;
};

} // namespace cb::ui
