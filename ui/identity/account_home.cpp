#include "ui/identity/account_home.h"

#include "ui/shell/centred_column.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

AccountHome::AccountHome(const model::StaffUser &user, QWidget *parent, QAction *administration) : QWidget(parent)
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

    QVBoxLayout *column = centredColumn(this, 520);
    for (QLabel *label : {welcome, who, hint}) {
        label->setAlignment(Qt::AlignHCenter);
        column->addWidget(label);
    }
    column->insertSpacing(2, 12);
    if (administration != nullptr) {
        auto *open = new QPushButton(tr("Open &Administration (Ctrl+Shift+D)"), this);
        open->setObjectName(QStringLiteral("openAdministration"));
        open->setDefault(true);
        connect(open, &QPushButton::clicked, administration, &QAction::trigger);
        column->addSpacing(12);
        column->addWidget(open, 0, Qt::AlignHCenter);
        setFocusProxy(open); // focused once shown: Enter opens it
    }
}

} // namespace cb::ui
