#pragma once

#include <QLabel>

#include <cstdint>

namespace cb::client {
class InboxService;
}

namespace cb::ui {

// The collision warning above the composer: "Dana Reyes, Nurse is typing…" or
// "Dana Reyes, Nurse is also viewing this conversation", so two people do not
// answer the same patient at once. Hidden when nobody else is there. Names
// only, never anything about the patient.
class PresenceLine : public QLabel
{
    Q_OBJECT
public:
    explicit PresenceLine(client::InboxService &inbox, QWidget *parent = nullptr);

    void setConversation(std::int64_t conversationId);
    // The words for colleagues in the conversation (empty when none); whether one is typing.
    QString describe(bool *someoneTyping = nullptr) const;

private:
    void refresh();

    client::InboxService &m_inbox;
    std::int64_t m_conversation = 0;
};

} // namespace cb::ui
