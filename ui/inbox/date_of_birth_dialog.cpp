#include "ui/inbox/date_of_birth_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

DateOfBirthDialog::DateOfBirthDialog(QWidget *parent) : QDialog(parent), m_date(new QLineEdit(this))
{
    setWindowTitle(tr("Date of birth"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The secure portal asks the patient for this date besides the WhatsApp code, "
                                "so a forwarded link is not enough. Copy it from the patient's chart."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setAccessibleName(tr("Date of birth"));
    layout->addWidget(m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_date, &QLineEdit::textChanged, this, [this, save] { save->setEnabled(date().isValid()); });
    QPushButton *remove = buttons->addButton(tr("&Remove the date"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] { done(Removed); });
}

QDate DateOfBirthDialog::date() const
{
    const QDate value = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    return value.isValid() && value <= QDate::currentDate() && value.year() >= 1900 ? value : QDate();
}

} // namespace cb::ui
