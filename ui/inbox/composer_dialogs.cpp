// The composer's dialogs: quick-reply buttons, an approved template, a file for
// the secure portal. What they produce is checked like anything typed.
#include "ui/inbox/composer.h"

#include "client/inbox/inbox_service.h"
#include "core/policy/messaging_window.h"
#include "ui/inbox/reply_editor.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

// Quick replies under the typed text, e.g. "Yes" / "Another day". Their titles
// go through PhiGuard too, and follow Meta's limits (three, 20 characters).
void Composer::addButtons()
{
    if (!m_conversation || !m_buttons->isEnabled()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Quick-reply buttons"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The patient sees your text with these buttons and can answer with one tap. "
                                "Leave a field empty to use fewer buttons."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    QList<QLineEdit *> edits;
    // The buttons are read by the patient, so they start in the patient's
    // language, not in this desktop's (not tr(): this is message content).
    const bool spanish = m_conversation->contact.language == QLatin1String("es");
    const QStringList suggestions{spanish ? QStringLiteral("Sí") : QStringLiteral("Yes"), QStringLiteral("No"), QString()};
    for (int i = 0; i < 3; ++i) {
        auto *edit = new QLineEdit(suggestions[i], &dialog);
        edit->setMaxLength(20);
        fields->addRow(tr("Button %1").arg(i + 1), edit);
        edits << edit;
    }
    auto *problem = new QLabel(&dialog);
    theme::markAsProblem(problem);
    layout->addWidget(problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *sendButton = box->addButton(tr("Send with buttons"), QDialogButtonBox::AcceptRole);
    layout->addWidget(box);
    auto titles = [&] {
        QStringList values;
        for (QLineEdit *edit : edits) {
            if (!edit->text().trimmed().isEmpty()) {
                values << edit->text().trimmed();
            }
        }
        return values;
    };
    auto refresh = [&] {
        QStringList values = titles();
        QString reason;
        if (values.isEmpty()) {
            reason = tr("Add at least one button.");
        } else if (values.removeDuplicates() > 0) {
            reason = tr("Two buttons have the same text.");
        } else if (!m_guard.check(values.join(QLatin1Char('\n'))).allowed()) {
            reason = tr("A button reads as medical or identifying information.");
        }
        problem->setText(reason);
        sendButton->setEnabled(reason.isEmpty());
    };
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textChanged, &dialog, refresh);
    }
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    refresh();
    if (dialog.exec() == QDialog::Accepted) {
        m_inbox.sendButtons(m_conversation->id, m_editor->toPlainText().trimmed(), titles());
        m_editor->clear();
    }
}

void Composer::attachFile()
{
    if (!m_conversation || !portalSelected()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file to the secure portal"), QString(),
                                                      tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)"));
    QString problem;
    if (!path.isEmpty() && !m_inbox.attachToPortal(m_conversation->id, path, &problem)) {
        m_warning->setText(problem);
    }
}

void Composer::chooseTemplate()
{
    if (!m_conversation) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Send a template"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *choice = new QComboBox(&dialog);
    const QString preferred = m_conversation->contact.language == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en");
    for (const auto &templ : m_inbox.templates()) {
        choice->addItem(templ.title + QStringLiteral(" (") + templ.language + QLatin1Char(')'));
        if (templ.language.startsWith(preferred) && choice->currentIndex() <= 0) {
            choice->setCurrentIndex(choice->count() - 1);
        }
    }
    layout->addWidget(choice);
    auto *preview = new QLabel(&dialog);
    preview->setWordWrap(true);
    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    layout->addWidget(preview);
    QList<QLineEdit *> edits;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *sendButton = buttons->addButton(tr("Send template"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    auto refresh = [&] {
        const auto &templ = m_inbox.templates().at(choice->currentIndex());
        QStringList values;
        for (QLineEdit *edit : edits) {
            values << edit->text().trimmed();
        }
        preview->setText(templ.render(values));
        const bool complete = !values.contains(QString());
        const bool clean = m_guard.check(values.join(QLatin1Char('\n'))).allowed();
        sendButton->setEnabled(complete && clean);
        sendButton->setToolTip(clean ? QString() : tr("A field reads as medical or identifying information."));
    };
    auto rebuild = [&] {
        while (fields->rowCount() > 0) {
            fields->removeRow(0);
        }
        edits.clear();
        for (const QString &label : m_inbox.templates().at(choice->currentIndex()).parameterLabels) {
            auto *edit = new QLineEdit(&dialog);
            fields->addRow(label, edit);
            edits << edit;
            connect(edit, &QLineEdit::textChanged, &dialog, refresh);
        }
        refresh();
    };
    connect(choice, &QComboBox::currentIndexChanged, &dialog, rebuild);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    rebuild();
    if (dialog.exec() == QDialog::Accepted) {
        QStringList values;
        for (QLineEdit *edit : edits) {
            values << edit->text().trimmed();
        }
        m_inbox.sendTemplate(m_conversation->id, m_inbox.templates().at(choice->currentIndex()), values);
    }
}

} // namespace cb::ui
