#pragma once

#include <QDialog>

class QButtonGroup;

namespace cb::ui {

// File → Settings (Ctrl+,): how Carebridge looks on this computer. The choice
// applies at once and is kept for the next start (QSettings; no patient data).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

private:
    QButtonGroup *m_appearance;
};

} // namespace cb::ui
