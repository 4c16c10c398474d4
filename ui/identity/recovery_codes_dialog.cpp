#include "ui/identity/recovery_codes_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

RecoveryCodesDialog::RecoveryCodesDialog(const QStringList &codes, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Your recovery codes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("If you lose your phone, each of these codes signs you in once instead of an "
                                "authenticator code. Write them down or print them and keep them somewhere safe. "
                                "They are shown only now."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QPlainTextEdit(codes.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("recoveryCodes"));
    list->setReadOnly(true);
    list->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(list);
    auto *stored = new QCheckBox(tr("I have stored these codes somewhere safe"), this);
    stored->setObjectName(QStringLiteral("storedCodes"));
    layout->addWidget(stored);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Continue"));
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(stored, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

} // namespace cb::ui
