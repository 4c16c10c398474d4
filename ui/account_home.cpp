#include "ui/account_home.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cb::ui {

AccountHome::AccountHome(const api::StaffUserDto &user, QWidget *parent) : QWidget(parent)
{
    auto *welcome = new QLabel(tr("Welcome, %1").arg(user.displayName), this);
    welcome->setObjectName(QStringLiteral("welcome"));
    QFont font = welcome->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    welcome->setFont(font);

    QStringList roles;
    for (policy::Role role : user.roles) {
        roles.append(policy::roleTitle(role));
    }
    auto *who = new QLabel(tr("Signed in as %1 · %2").arg(user.username, roles.join(QStringLiteral(", "))), this);
    auto *hint = new QLabel(tr("Ctrl+L locks Carebridge when you step away. The Account menu changes your password "
                               "and shows where you are signed in."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(welcome, 0, Qt::AlignHCenter);
    layout->addWidget(who, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace cb::ui
