#include "ui/identity/account_dialogs.h"

#include "client/account/account_service.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cb::ui", text); // the context lupdate gives free functions here
}

QLineEdit *passwordField(QWidget *parent, const char *name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QString when(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

void openChangePasswordDialog(client::AccountService &account, QWidget *parent, const QString &reason)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    dialog->setWindowTitle(tr("Change password"));
    auto *current = passwordField(dialog, "currentPassword");
    auto *fresh = passwordField(dialog, "newPassword");
    auto *repeat = passwordField(dialog, "repeatPassword");
    auto *endOthers = new QCheckBox(tr("Sign me out everywhere else"), dialog);
    endOthers->setChecked(true);
    auto *message = new QLabel(dialog);
    message->setObjectName(QStringLiteral("passwordMessage"));
    message->setWordWrap(true);
    auto *hint = new QLabel(tr("Use at least 12 characters. A few unrelated words are strong and easy to "
                                        "remember."),
                            dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password"), current);
    form->addRow(tr("&New password"), fresh);
    form->addRow(tr("&Repeat new password"), repeat);
    auto *layout = new QVBoxLayout(dialog);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, dialog);
        why->setObjectName(QStringLiteral("passwordReason"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(endOthers);
    layout->addWidget(message);
    layout->addWidget(buttons);

    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [=, &account] {
        if (fresh->text() != repeat->text()) {
            message->setText(tr("The two new passwords are not the same."));
            return;
        }
        buttons->setEnabled(false);
        account.changePassword(current->text(), fresh->text(), endOthers->isChecked(),
                               [dialog, message, buttons, current, fresh, repeat](bool ok, const QString &text) {
                                   message->setText(text);
                                   buttons->setEnabled(true);
                                   if (ok) {
                                       current->clear();
                                       fresh->clear();
                                       repeat->clear();
                                       buttons->setStandardButtons(QDialogButtonBox::Close);
                                       QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
                                   }
                               });
    });
    dialog->open();
}

void openMySessionsDialog(client::AccountService &account, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("mySessionsDialog"));
    dialog->setWindowTitle(tr("Where you are signed in"));
    dialog->resize(560, 300);
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("sessionList"));
    list->setHeaderLabels({tr("Workstation"), tr("Signed in"), tr("Last active")});
    list->setRootIsDecorated(false);
    auto *message = new QLabel(dialog);
    auto *endButton = new QPushButton(tr("&End selected session"), dialog);
    endButton->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(message);
    layout->addWidget(endButton, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    auto reload = std::make_shared<std::function<void()>>();
    *reload = [list, message, &account] {
        account.listSessions([list, message](const QList<api::SessionDto> &sessions, const QString &error) {
            list->clear();
            message->setText(error);
            for (const api::SessionDto &session : sessions) {
                const QString device = session.current ? tr("This workstation") : session.deviceId.left(8);
                auto *item = new QTreeWidgetItem({device, when(session.createdAtMs), when(session.lastSeenAtMs)});
                item->setData(0, Qt::UserRole, session.id);
                item->setData(0, Qt::UserRole + 1, session.current);
                list->addTopLevelItem(item);
            }
        });
    };
    QObject::connect(list, &QTreeWidget::currentItemChanged, endButton, [endButton](QTreeWidgetItem *item) {
        endButton->setEnabled(item != nullptr && !item->data(0, Qt::UserRole + 1).toBool());
    });
    QObject::connect(endButton, &QPushButton::clicked, dialog, [list, message, reload, &account] {
        if (QTreeWidgetItem *item = list->currentItem()) {
            account.endSession(item->data(0, Qt::UserRole).toString(), [message, reload](bool ok, const QString &text) {
                message->setText(text);
                if (ok) {
                    (*reload)();
                }
            });
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    (*reload)();
    dialog->open();
}

} // namespace cb::ui
