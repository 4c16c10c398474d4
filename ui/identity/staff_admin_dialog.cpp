#include "ui/identity/staff_admin_dialog.h"

#include "client/account/staff_admin_service.h"
#include "ui/admin/sessions_model.h"
#include "ui/identity/add_staff_dialog.h"
#include "ui/identity/staff_edit_dialogs.h"
#include "ui/shell/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

StaffAdminDialog::StaffAdminDialog(client::StaffAdminService &admin, QWidget *parent)
    : QDialog(parent), m_admin(admin), m_list(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_toggleActive(new QPushButton(tr("&Disable"), this)),
      m_resetAuthenticator(new QPushButton(tr("&Reset authenticator"), this)),
      m_signOut(new QPushButton(tr("Sign &out everywhere"), this)),
      m_roles(new QPushButton(tr("Change ro&les…"), this)),
      m_resetPassword(new QPushButton(tr("Reset &password…"), this)),
      m_liftDelay(new QPushButton(tr("Lift sign-in dela&y"), this))
{
    setObjectName(QStringLiteral("staffAdminDialog"));
    setWindowTitle(tr("Manage staff"));
    resize(960, 460);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Username"), tr("Name"), tr("Roles"), tr("Account"), tr("Authenticator"),
                             tr("Last sign-in"), tr("Failed attempts"), tr("Sign-in delay")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    // The enrolment code appears here: the admin can select and copy it.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *add = new QPushButton(tr("&Add staff member…"), this);
    add->setObjectName(QStringLiteral("addStaff"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActive"));
    m_roles->setObjectName(QStringLiteral("changeRoles"));
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_liftDelay->setObjectName(QStringLiteral("liftDelay"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addStretch();
    actions->addWidget(m_toggleActive);
    actions->addWidget(m_resetAuthenticator);
    actions->addWidget(m_signOut);
    auto *more = new QHBoxLayout;
    more->addStretch();
    more->addWidget(m_roles);
    more->addWidget(m_resetPassword);
    more->addWidget(m_liftDelay);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    layout->addLayout(more);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StaffAdminDialog::updateButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog = new AddStaffDialog(m_admin, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddStaffDialog::created, this, [this](const QString &message) {
            report(true, message);
        });
        dialog->open();
    });
    // Answers may come after a step-up, when this dialog is already closed.
    auto reported = [self = QPointer<StaffAdminDialog>(this)](bool ok, const QString &text) {
        if (self) {
            self->report(ok, text);
        }
    };
    connect(m_toggleActive, &QPushButton::clicked, this, [this, reported] {
        if (const auto user = selected()) {
            m_admin.setActive(user->id, !user->active, reported);
        }
    });
    connect(m_resetAuthenticator, &QPushButton::clicked, this, [this, reported] {
        const auto user = selected();
        if (user && QMessageBox::question(this, tr("Reset authenticator"),
                                          tr("Reset %1's authenticator? They are signed out and set up a new one "
                                             "at their next sign-in.")
                                              .arg(user->displayName)) == QMessageBox::Yes) {
            m_admin.resetAuthenticator(user->id, reported);
        }
    });
    connect(m_signOut, &QPushButton::clicked, this, [this, reported] {
        if (const auto user = selected()) {
            m_admin.signOutEverywhere(user->id, reported);
        }
    });
    connect(m_roles, &QPushButton::clicked, this, [this, reported] {
        if (const auto user = selected()) {
            openRolesDialog(m_admin, *user, this, reported);
        }
    });
    connect(m_resetPassword, &QPushButton::clicked, this, [this, reported] {
        if (const auto user = selected()) {
            openResetPasswordDialog(m_admin, *user, this, reported);
        }
    });
    connect(m_liftDelay, &QPushButton::clicked, this, [this, reported] {
        if (const auto user = selected()) {
            m_admin.liftLock(user->id, reported);
        }
    });
    updateButtons();
    reload();
}

void StaffAdminDialog::reload()
{
    m_admin.list([self = QPointer<StaffAdminDialog>(this)](const QList<model::StaffUser> &staff, const QString &error) {
        if (self) {
            self->showStaff(staff, error);
        }
    });
}

void StaffAdminDialog::showStaff(const QList<model::StaffUser> &staff, const QString &error)
{
    m_staff = staff;
    m_list->clear();
    if (!error.isEmpty()) {
        m_message->setText(error);
    }
    for (const model::StaffUser &user : staff) {
        QStringList roles;
        for (policy::Role role : user.roles) {
            roles.append(policy::roleTitle(role));
        }
        const QString lastSignIn = user.lastSignInAtMs > 0 ? localTime(user.lastSignInAtMs) : tr("Never");
        const QString failures = user.failedAttempts > 0
                                     ? tr("%1 (last %2)").arg(user.failedAttempts).arg(localTime(user.lastFailedAtMs))
                                     : QStringLiteral("0");
        const QString delay = user.signInDelayMs > 0
                                  ? tr("%n minute(s)", nullptr, int((user.signInDelayMs + 59'999) / 60'000))
                                  : QString();
        auto *item = new QTreeWidgetItem({user.username, user.displayName, roles.join(QStringLiteral(", ")),
                                          user.active ? tr("Active") : tr("Disabled"),
                                          user.mfaEnrolled ? tr("Set up") : tr("Not set up yet"), lastSignIn,
                                          failures, delay});
        item->setData(0, Qt::UserRole, qint64(user.id));
        m_list->addTopLevelItem(item);
    }
    updateButtons();
}

std::optional<model::StaffUser> StaffAdminDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const model::StaffUser &user : m_staff) {
        if (user.id == id) {
            return user;
        }
    }
    return std::nullopt;
}

void StaffAdminDialog::updateButtons()
{
    const auto user = selected();
    for (QPushButton *button : {m_toggleActive, m_resetAuthenticator, m_signOut, m_roles, m_resetPassword}) {
        button->setEnabled(user.has_value());
    }
    m_liftDelay->setEnabled(user && user->signInDelayMs > 0);
    m_toggleActive->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
}

void StaffAdminDialog::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
    reload();
}

} // namespace cb::ui
