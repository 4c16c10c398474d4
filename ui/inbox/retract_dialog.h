#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace cb::ui {

// Asks why a staff message is retracted. The message is hidden from everyone's
// inbox and kept on the server, with the reason, for the record; WhatsApp
// cannot take back a message the patient already received.
class RetractDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MinReason = 3;
    static constexpr int MaxReason = 500;

    explicit RetractDialog(QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason;
    QPushButton *m_retract;
};

} // namespace cb::ui
