#include "ui/shell/settings_dialog.h"

#include "ui/shell/theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cb::ui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_appearance(new QButtonGroup(this))
{
    setWindowTitle(tr("Settings"));
    auto *group = new QGroupBox(tr("Appearance"), this);
    auto *choices = new QVBoxLayout(group);
    const std::pair<theme::Appearance, QString> options[] = {
        {theme::Appearance::System, tr("&System: follow this computer's colours")},
        {theme::Appearance::Light, tr("&Light")},
        {theme::Appearance::Dark, tr("&Dark")},
    };
    const theme::Appearance current = theme::savedAppearance();
    for (const auto &[appearance, label] : options) {
        auto *button = new QRadioButton(label, group);
        button->setObjectName(QStringLiteral("appearance%1").arg(int(appearance)));
        button->setChecked(appearance == current);
        m_appearance->addButton(button, int(appearance));
        choices->addWidget(button);
    }
    connect(m_appearance, &QButtonGroup::idClicked, this, [](int id) {
        const auto appearance = theme::Appearance(id);
        theme::saveAppearance(appearance);
        theme::applyAppearance(appearance);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(buttons);
}

} // namespace cb::ui
