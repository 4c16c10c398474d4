#pragma once

#include <QDialog>

namespace cb::ui {

// Shows the ten recovery codes once, right after enrolment, and insists the
// person confirms they stored them before going on.
class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryCodesDialog(const QStringList &codes, QWidget *parent = nullptr);
};

} // namespace cb::ui
