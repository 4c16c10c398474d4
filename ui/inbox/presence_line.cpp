#include "ui/inbox/presence_line.h"

#include "client/inbox/inbox_service.h"
#include "ui/shell/theme.h"

namespace cb::ui {

PresenceLine::PresenceLine(client::InboxService &inbox, QWidget *parent) : QLabel(parent), m_inbox(inbox)
{
    setObjectName(QStringLiteral("presenceLine"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setVisible(false);
    connect(&inbox.presence(), &client::PresenceTracker::changed, this, [this](std::int64_t conversationId) {
        if (conversationId == m_conversation) {
            refresh();
        }
    });
    connect(&inbox, &client::InboxService::colleaguesChanged, this, &PresenceLine::refresh);
}

void PresenceLine::setConversation(std::int64_t conversationId)
{
    m_conversation = conversationId;
    refresh();
}

QString PresenceLine::describe(bool *someoneTyping) const
{
    QStringList typing;
    QStringList viewing;
    for (const auto &colleague : m_inbox.presence().in(m_conversation)) {
        const client::Colleague *known = m_inbox.colleague(colleague.userId);
        const QString name = known ? known->signature() : tr("A colleague");
        (colleague.typing ? typing : viewing).append(name);
    }
    if (someoneTyping) {
        *someoneTyping = !typing.isEmpty();
    }
    const QString separator = tr("; ", "between people in the collision warning");
    QStringList parts;
    if (typing.size() == 1) {
        parts << tr("%1 is typing…").arg(typing.first());
    } else if (!typing.isEmpty()) {
        parts << tr("%1 are typing…").arg(typing.join(separator));
    }
    if (viewing.size() == 1) {
        parts << tr("%1 is also viewing this conversation").arg(viewing.first());
    } else if (!viewing.isEmpty()) {
        parts << tr("%1 are also viewing this conversation").arg(viewing.join(separator));
    }
    return parts.join(QStringLiteral(" · "));
}

void PresenceLine::refresh()
{
    bool typing = false;
    const QString text = describe(&typing);
    setText(text);
    setVisible(!text.isEmpty());
    // Someone typing is about to answer: said like a problem, so it is not missed.
    theme::markAsProblem(this, typing);
}

} // namespace cb::ui
