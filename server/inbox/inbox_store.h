#pragma once

#include "core/model/conversation.h"
#include "core/model/message.h"
#include "core/platform/clock.h"
#include "server/inbox/event_log.h"

#include <QList>

#include <optional>
#include <string_view>

namespace cb::store {
class Database;
}

namespace cb::server {

// The one-line preview of a message in the conversation list (and its events).
QString previewOf(const model::Message &message);

// The server's inbox tables: contacts, conversations and messages. Writers run
// inside the caller's transaction and append the matching event, so the desktops
// see exactly what was committed.
class InboxStore
{
public:
    InboxStore(store::Database &db, EventLog &events, const platform::Clock &clock);

    std::optional<model::Conversation> conversation(std::int64_t id) const;
    // Most recent activity first; `limit` rows after skipping `offset`.
    QList<model::Conversation> conversations(int limit, int offset) const;
    std::optional<model::Message> message(std::int64_t id) const;
    std::optional<model::Message> messageByWamid(const QString &wamid) const;
    std::optional<model::Message> messageByClientId(const QString &clientId) const;
    // Up to `limit` messages older than `beforeId` (0 = newest), oldest first.
    QList<model::Message> messages(std::int64_t conversationId, std::int64_t beforeId, int limit) const;
    // A conversation's messages on one channel (the portal shows only its own):
    // with afterId 0 the newest `limit`, otherwise up to `limit` after it; oldest first.
    QList<model::Message> channelMessages(std::int64_t conversationId, model::Channel channel, std::int64_t afterId, int limit) const;
    // The newest inbound WhatsApp message (for mark-as-read).
    QString lastInboundWamid(std::int64_t conversationId) const;
    // Times of proactive template sends to this contact.
    QList<std::int64_t> proactiveSendTimes(std::int64_t contactId) const;

    // Who wrote, and what that changed about the contacts we knew.
    struct ContactMatch
    {
        model::Contact contact;
        bool numberChanged = false;          // a known patient (user id) wrote from a new number
        std::int64_t releasedContactId = 0;  // another contact held that number and gave it up
    };
    // Finds the patient by business-scoped user id, then wa_id; creates them if new.
    // The user id is the person, the wa_id only their current number: a known user
    // id with a new wa_id moves the number to them; a wa_id held by a contact with
    // another user id has been recycled. Either way the earlier holder releases the
    // number (wa_id '~<id>', the number kept in former_wa_id) and keeps its history;
    // threads of two people are never merged automatically.
    ContactMatch contactFor(const QString &waId, const QString &userId, const QString &profileName);
    // The patient's one conversation, created on first contact.
    std::int64_t conversationFor(std::int64_t contactId);

    std::int64_t insertMessage(const model::Message &message, bool proactive = false,
                               const QJsonObject &sendRequest = {});
    void recordActivity(const model::Message &message);
    // The preview from the newest message still shown (after a retraction or purge).
    void refreshPreview(std::int64_t conversationId);
    void setDelivery(std::int64_t messageId, model::DeliveryState state, std::int64_t atMs,
                     const QString &failureCode = {}, const QString &failureReason = {});
    // Staff's secure messages from `fromId` to `toId` that the patient has now seen
    // in the portal become "read"; returns the ids that changed (for their events).
    QList<std::int64_t> markPortalRead(std::int64_t conversationId, std::int64_t fromId, std::int64_t toId, std::int64_t atMs);
    void setWamid(std::int64_t messageId, const QString &wamid);
    void scheduleRetry(std::int64_t messageId, std::int64_t atMs);
    void setAssignment(std::int64_t conversationId, std::int64_t assigneeId, bool triage);
    void setStatus(std::int64_t conversationId, model::ConversationStatus status, std::int64_t snoozedUntilMs);
    void markRead(std::int64_t conversationId);
    // "Mark unread": keeps a real count, or shows one so it is not forgotten.
    void markUnread(std::int64_t conversationId);
    void setContactFlags(const model::Contact &contact);

    // Appends the current state as an event; call after the change, before commit.
    void publishConversation(std::int64_t conversationId);
    void publishMessage(std::int64_t messageId, const char *kind);

private:
    std::optional<std::int64_t> contactIdWhere(std::string_view column, const QString &value) const;
    std::int64_t insertContact(const QString &waId, const QString &userId, const QString &profileName);
    void releaseNumber(std::int64_t contactId, const QString &waId);
    // `column` is one of our own unique columns (wamid, client_id), never input.
    std::optional<model::Message> messageWhere(std::string_view column, const QString &value) const;

    store::Database &m_db;
    EventLog &m_events;
    const platform::Clock &m_clock;
};

} // namespace cb::server
