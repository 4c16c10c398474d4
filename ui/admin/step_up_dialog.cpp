#include "ui/admin/step_up_dialog.h"

#include "client/account/account_service.h"
#include "ui/shell/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cb::ui {

StepUpDialog::StepUpDialog(client::AccountService &account, QWidget *parent)
    : QDialog(parent), m_account(account), m_password(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_confirm(nullptr)
{
    setObjectName(QStringLiteral("stepUpDialog"));
    setWindowTitle(tr("Confirm it's you"));
    auto *intro = new QLabel(tr("This change needs your password and a code from your authenticator app."), this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("stepUpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(QStringLiteral("stepUpCode"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_problem->setObjectName(QStringLiteral("stepUpProblem"));
    m_problem->setWordWrap(true);
    theme::markAsProblem(m_problem);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Code:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("C&onfirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("stepUpConfirm"));
    m_confirm->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepUpDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StepUpDialog::submit()
{
    m_confirm->setEnabled(false);
    // The dialog may be gone when the answer comes (the window locked meanwhile).
    m_account.stepUp(m_password->text(), m_code->text(), [self = QPointer<StepUpDialog>(this)](bool ok, const QString &message) {
        if (self) {
            self->answered(ok, message);
        }
    });
}

void StepUpDialog::answered(bool ok, const QString &message)
{
    m_confirm->setEnabled(true);
    m_password->clear();
    if (ok) {
        accept();
        return;
    }
    m_code->clear();
    m_problem->setText(message);
    m_problem->show();
    m_password->setFocus();
}

} // namespace cb::ui
