#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cb::client {
class AccountService;
}

namespace cb::ui {

// "Confirm it's you": the password and a fresh code before a change to staff,
// sessions or retention, when the last proof is more than 5 minutes old.
// Accepted once the server took them; a wrong answer stays open with the reason.
class StepUpDialog : public QDialog
{
    Q_OBJECT
public:
    StepUpDialog(client::AccountService &account, QWidget *parent = nullptr);

private:
    void submit();
    void answered(bool ok, const QString &message);

    client::AccountService &m_account;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLabel *m_problem;
    QPushButton *m_confirm;
};

} // namespace cb::ui
