#include "ui/identity/add_staff_dialog.h"

#include "client/account/staff_admin_service.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

AddStaffDialog::AddStaffDialog(client::StaffAdminService &admin, QWidget *parent)
    : QDialog(parent), m_admin(admin), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("addStaffDialog"));
    setWindowTitle(tr("Add a staff member"));
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_username->setPlaceholderText(tr("e.g. maria.garcia"));
    m_displayName->setObjectName(QStringLiteral("newDisplayName"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("addStaffMessage"));
    m_message->setWordWrap(true);
    theme::markAsProblem(m_message);

    auto *roles = new QVBoxLayout;
    for (policy::Role role : policy::allRoles()) {
        auto *box = new QCheckBox(policy::roleTitle(role), this);
        box->setObjectName(QStringLiteral("role_") + policy::roleName(role));
        box->setProperty("role", policy::roleName(role));
        roles->addWidget(box);
        m_roles.append(box);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Name colleagues see"), m_displayName);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("&Temporary password"), m_password);
    auto *hint = new QLabel(tr("Give the temporary password in person. At first sign-in they set up their "
                               "authenticator app, then can change the password from the Account menu."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddStaffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AddStaffDialog::submit()
{
    QList<policy::Role> roles;
    for (QCheckBox *box : m_roles) {
        if (box->isChecked()) {
            roles.append(*policy::roleFromName(box->property("role").toString()));
        }
    }
    if (roles.isEmpty()) {
        m_message->setText(tr("Choose at least one role."));
        return;
    }
    setEnabled(false);
    m_admin.create(m_username->text(), m_displayName->text(), roles, m_password->text(),
                   [self = QPointer<AddStaffDialog>(this)](bool ok, const QString &message) {
                       if (!self) {
                           return; // closed while a step-up was asked for
                       }
                       self->setEnabled(true);
                       if (!ok) {
                           self->m_message->setText(message); // everything typed stays for a correction
                           return;
                       }
                       self->m_password->clear();
                       emit self->created(message);
                       self->accept();
                   });
}

} // namespace cb::ui
