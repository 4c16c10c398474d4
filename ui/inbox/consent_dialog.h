#pragma once

#include "core/model/conversation.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;

namespace cb::ui {

// Records how WhatsApp contact with a patient began, and whether they agreed to
// reminders the clinic starts. The choices are the three the clinic's policy
// recognises; a documented request means the patient was warned first.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(const model::Contact &contact, QWidget *parent = nullptr);

    model::ConsentBasis basis() const;
    bool proactiveOptIn() const;

    // "Patient wrote first", in the person's language.
    static QString describe(model::ConsentBasis basis);

private:
    QButtonGroup *m_basis;
    QCheckBox *m_reminders;
};

} // namespace cb::ui
