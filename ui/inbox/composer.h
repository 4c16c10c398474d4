#pragma once

#include "core/model/conversation.h"
#include "core/policy/phi_guard.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cb::client {
class InboxService;
}

namespace cb::ui {

// Writing to a patient: free text while the 24-hour window is open, templates
// always, internal notes any time. PhiGuard runs as the person types, with the
// same rules the server enforces, so a refusal never comes as a surprise.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(client::InboxService &inbox, QWidget *parent = nullptr);

    void setConversation(const std::optional<model::Conversation> &conversation);
    // A reply the server refused comes back into the editor with the reason.
    void restore(const QString &text, const QString &reason);
    void focusEditor();
    void send();

private:
    void updateState();
    void chooseTemplate();
    void addButtons();

    client::InboxService &m_inbox;
    policy::PhiGuard m_guard;
    std::optional<model::Conversation> m_conversation;
    QLabel *m_window;
    QPlainTextEdit *m_editor;
    QLabel *m_warning;
    QPushButton *m_escalate;
    QCheckBox *m_note;
    QPushButton *m_template;
    QPushButton *m_buttons;
    QPushButton *m_send;
};

} // namespace cb::ui
