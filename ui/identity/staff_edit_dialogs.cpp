#include "ui/identity/staff_edit_dialogs.h"

#include "client/account/staff_admin_service.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cb::ui", text); // the context lupdate gives free functions here
}

QDialog *newDialog(QWidget *parent, const char *name, const QString &title)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QLatin1String(name));
    dialog->setWindowTitle(title);
    return dialog;
}

QLabel *problemLabel(QDialog *dialog)
{
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("staffEditProblem"));
    problem->setWordWrap(true);
    theme::markAsProblem(problem);
    return problem;
}

// The dialog closes on success and the list reports it; a refusal stays in the
// dialog. The dialog may be gone when the answer comes (the window locked).
client::StaffAdminService::Done answerInto(QDialog *dialog, QLabel *problem, QPushButton *go, StaffChanged done)
{
    return [dialog = QPointer<QDialog>(dialog), problem, go, done](bool ok, const QString &message) {
        if (!dialog) {
            return;
        }
        go->setEnabled(true);
        if (ok) {
            done(true, message);
            dialog->accept();
        } else {
            problem->setText(message);
        }
    };
}
} // namespace

void openRolesDialog(client::StaffAdminService &admin, const model::StaffUser &user, QWidget *parent, StaffChanged done)
{
    QDialog *dialog = newDialog(parent, "rolesDialog", tr("Roles of %1").arg(user.displayName));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("They are signed out and sign in again to use the new roles. An administrator who "
                                "can also read conversations is flagged to compliance."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QList<QCheckBox *> boxes;
    for (policy::Role role : policy::allRoles()) {
        auto *box = new QCheckBox(policy::roleTitle(role), dialog);
        box->setObjectName(QStringLiteral("role_") + policy::roleName(role));
        box->setChecked(user.roles.contains(role));
        box->setProperty("role", policy::roleName(role));
        layout->addWidget(box);
        boxes.append(box);
    }
    QLabel *problem = problemLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *save = buttons->addButton(tr("&Save roles"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveRoles"));
    layout->addWidget(problem);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(save, &QPushButton::clicked, dialog, [&admin, dialog, boxes, problem, save, id = user.id, done] {
        QList<policy::Role> roles;
        for (QCheckBox *box : boxes) {
            if (box->isChecked()) {
                roles.append(*policy::roleFromName(box->property("role").toString()));
            }
        }
        if (roles.isEmpty()) {
            problem->setText(tr("Tick at least one role."));
            return;
        }
        save->setEnabled(false);
        admin.setRoles(id, roles, answerInto(dialog, problem, save, done));
    });
    dialog->open();
}

void openResetPasswordDialog(client::StaffAdminService &admin, const model::StaffUser &user, QWidget *parent,
                             StaffChanged done)
{
    QDialog *dialog = newDialog(parent, "resetPasswordDialog", tr("Reset the password of %1").arg(user.displayName));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Give them a temporary password in person. They are signed out everywhere and must "
                                "choose their own at their next sign-in."),
                             dialog);
    intro->setWordWrap(true);
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("temporaryPassword"));
    password->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(tr("&Temporary password:"), dialog);
    label->setBuddy(password);
    QLabel *problem = problemLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *reset = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetPassword"));
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(password);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(reset, &QPushButton::clicked, dialog, [&admin, dialog, password, problem, reset, id = user.id, done] {
        reset->setEnabled(false);
        const QString text = password->text();
        password->clear();
        admin.resetPassword(id, text, answerInto(dialog, problem, reset, done));
    });
    dialog->open();
}

} // namespace cb::ui
