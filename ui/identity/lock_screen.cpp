#include "ui/identity/lock_screen.h"

#include "ui/shell/centred_column.h"
#include "ui/shell/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

LockScreen::LockScreen(client::SessionManager &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    auto *title = new QLabel(tr("Carebridge is locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *who = new QLabel(tr("Signed in as %1 (%2)").arg(session.user().displayName, session.user().username), this);
    who->setObjectName(QStringLiteral("lockedUser"));

    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    theme::markAsProblem(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    auto *switchUser = new QPushButton(tr("S&witch user"), this);
    switchUser->setObjectName(QStringLiteral("switchUser"));
    switchUser->setToolTip(tr("Sign %1 out so someone else can sign in").arg(session.user().displayName));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(switchUser);
    buttons->addStretch();
    buttons->addWidget(unlock);

    QVBoxLayout *column = centredColumn(this, 400);
    column->addWidget(title);
    column->addWidget(who);
    column->addSpacing(12);
    column->addWidget(m_password);
    column->addWidget(m_error);
    column->addLayout(buttons);

    auto submit = [this] {
        m_error->hide();
        m_session.unlock(m_password->text());
        m_password->clear();
    };
    connect(unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(switchUser, &QPushButton::clicked, &session, &client::SessionManager::signOut);
    connect(&session, &client::SessionManager::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_password->setFocus();
    });
    connect(&session, &client::SessionManager::busyChanged, this, [this, unlock](bool busy) {
        m_password->setEnabled(!busy);
        unlock->setEnabled(!busy);
    });
    // Focused when the page is shown (MainWindow::showTransient): here it is still hidden.
    setFocusProxy(m_password);
}

} // namespace cb::ui
