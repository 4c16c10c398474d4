#include "ui/inbox/consent_dialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cb::ui {

QString ConsentDialog::describe(model::ConsentBasis basis)
{
    switch (basis) {
    case model::ConsentBasis::PatientInitiated: return tr("Patient wrote first");
    case model::ConsentBasis::DocumentedRequest: return tr("Patient asked for WhatsApp after our warning (documented)");
    case model::ConsentBasis::OptIn: return tr("Patient opted in to WhatsApp messages");
    }
    return {};
}

ConsentDialog::ConsentDialog(const model::Contact &contact, QWidget *parent)
    : QDialog(parent), m_basis(new QButtonGroup(this)), m_reminders(new QCheckBox(tr("Agreed to &reminders we send first"), this))
{
    setWindowTitle(tr("WhatsApp consent"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How did WhatsApp contact with this patient begin?"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<model::ConsentBasis> choices{model::ConsentBasis::PatientInitiated, model::ConsentBasis::DocumentedRequest,
                                             model::ConsentBasis::OptIn};
    for (const auto choice : choices) {
        auto *option = new QRadioButton(describe(choice), this);
        m_basis->addButton(option, int(choice));
        option->setChecked(choice == contact.consent);
        layout->addWidget(option);
    }
    m_reminders->setChecked(contact.proactiveOptIn || contact.consent == model::ConsentBasis::OptIn);
    layout->addWidget(m_reminders);
    auto *note = new QLabel(tr("Reminders need this agreement, are never sent at night, and are limited per week. "
                               "A patient who sends STOP or BAJA gets no more WhatsApp messages."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_basis, &QButtonGroup::idClicked, this, [this](int id) {
        if (model::ConsentBasis(id) == model::ConsentBasis::OptIn) {
            m_reminders->setChecked(true); // opting in is agreeing to reminders
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

model::ConsentBasis ConsentDialog::basis() const
{
    return model::ConsentBasis(std::max(0, m_basis->checkedId()));
}

bool ConsentDialog::proactiveOptIn() const
{
    return m_reminders->isChecked();
}

} // namespace cb::ui
