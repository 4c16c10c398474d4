#include "ui/inbox/retract_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

RetractDialog::RetractDialog(QWidget *parent) : QDialog(parent), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Retract message"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("The message will be hidden from every inbox and kept for the record with your name "
                                      "and the reason. A WhatsApp message the patient already received cannot be taken back."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    m_reason->setMaxLength(MaxReason);
    m_reason->setAccessibleName(tr("Reason"));
    layout->addWidget(label);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_retract = buttons->addButton(tr("Re&tract"), QDialogButtonBox::AcceptRole);
    m_retract->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_retract->setEnabled(reason().size() >= MinReason); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RetractDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace cb::ui
