#pragma once

#include <QDate>
#include <QDialog>

class QLineEdit;

namespace cb::ui {

// Records the patient's date of birth, which the secure portal then asks
// besides the WhatsApp code. It starts empty: a pre-filled date saved by
// mistake would lock the patient out. Ends Accepted (date()), Removed or Rejected.
class DateOfBirthDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int Removed = 2;

    explicit DateOfBirthDialog(QWidget *parent = nullptr);
    // The typed date when it is a real one from 1900 to today; invalid otherwise.
    QDate date() const;

private:
    QLineEdit *m_date;
};

} // namespace cb::ui
