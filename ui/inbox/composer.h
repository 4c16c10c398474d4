#pragma once

#include "core/model/conversation.h"
#include "core/policy/phi_guard.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cb::client {
class InboxService;
}

namespace cb::client {
class CannedRepliesService;
}

namespace cb::ui {

class ReplyEditor;

// Writing to a patient: free text while the 24-hour window is open, templates
// always, internal notes any time. PhiGuard runs as the person types, with the
// same rules the server enforces, so a refusal never comes as a surprise; its
// warning offers the secure portal, and once the patient has a portal link the
// channel switch sends there instead (no PhiGuard: the portal is the safe place).
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
    // After an escalation: the portal channel, with whatever was typed kept as
    // the first secure message.
    void usePortal();
    bool portalSelected() const;
    QString draft() const;
    bool writingNote() const;
    // Puts back a reply in progress (after an unlock), in the mode it was written in.
    void restoreDraft(const QString &text, bool note, bool portal);
    // Shown under the editor (a refused escalation, for instance).
    void showProblem(const QString &text);

signals:
    // The person asked to move this conversation to the secure portal.
    void escalateRequested();

private:
    void updateState();
    void fetchCannedReplies();
    void reportRefusal();
    void chooseTemplate();
    void addButtons();
    void attachFile();

    client::InboxService &m_inbox;
    policy::PhiGuard m_guard;
    std::optional<model::Conversation> m_conversation;
    QLabel *m_window;
    ReplyEditor *m_editor;
    client::CannedRepliesService *m_canned;
    qint64 m_cannedFetchedAtMs = 0; // "/" fetches them again at most every few seconds
    QLabel *m_warning;
    QLabel *m_notice; // the clinic's notice a first WhatsApp reply carries
    QPushButton *m_escalate;
    QComboBox *m_channel;
    bool m_refusalReported = false; // this draft's PhiGuard refusal went to the server
    bool m_portalLive = false; // the patient holds a working link: the channel switch is offered
    QPushButton *m_attach;
    QCheckBox *m_note;
    QPushButton *m_template;
    QPushButton *m_buttons;
    QPushButton *m_send;
};

} // namespace cb::ui
