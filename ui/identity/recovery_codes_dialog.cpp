#include "ui/identity/recovery_codes_dialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
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
    // Copy (the clipboard is cleared when Carebridge locks, if it still holds them)
    // and Print, so nobody has to retype ten codes by hand.
    QPushButton *copy = buttons->addButton(tr("C&opy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCodes"));
    connect(copy, &QPushButton::clicked, this, [codes] { QGuiApplication::clipboard()->setText(codes.join(QLatin1Char('\n'))); });
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printCodes"));
    connect(print, &QPushButton::clicked, this, [this, codes] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        QTextDocument page;
        page.setPlainText(tr("Carebridge recovery codes: each signs you in once instead of an authenticator code.") +
                          QStringLiteral("\n\n") + codes.join(QLatin1Char('\n')));
        page.print(&printer);
    });
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Continue"));
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(stored, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

} // namespace cb::ui
