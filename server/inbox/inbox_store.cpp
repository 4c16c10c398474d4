#include "server/inbox/inbox_store.h"
#include "core/api/json_text.h"

#include "core/api/inbox_dto.h"
#include "core/store/database.h"

#include <QJsonDocument>

namespace cb::server {

namespace {
constexpr std::string_view ConversationColumns =
    "SELECT v.id, v.status, COALESCE(v.assignee_id, 0), v.triage, v.unread_count, v.preview, v.last_message_at_ms, "
    "v.last_inbound_at_ms, v.snoozed_until_ms, c.id, c.wa_id, COALESCE(c.user_id, ''), c.profile_name, c.language, "
    "c.consent, c.opted_out, c.proactive_opt_in, c.notice_sent, c.date_of_birth != '', "
    "COALESCE(p.state, ''), COALESCE(p.state_at_ms, 0), COALESCE(p.expires_at_ms, 0), v.preview_kind, v.preview_channel "
    "FROM conversations v JOIN contacts c ON c.id = v.contact_id "
    // The newest portal link is what staff see of the escalation; a nudge's link
    // counts only once the patient opened it (an unused or a locked
    // nudge would hide "verified", and strand a patient whose session still works).
    "LEFT JOIN portal_invitations p ON p.id = (SELECT MAX(id) FROM portal_invitations WHERE conversation_id = v.id "
    "AND (reason != 'nudge' OR state NOT IN ('sent', 'locked'))) ";

constexpr std::string_view MessageColumns =
    "SELECT id, conversation_id, channel, direction, kind, body, content, COALESCE(client_id, ''), "
    "COALESCE(author_id, 0), state, failure_code, failure_reason, sent_at_ms, COALESCE(wamid, ''), "
    "retracted_at_ms, COALESCE(retracted_by, 0), purged_at_ms FROM messages ";

model::Conversation readConversation(store::Statement &row)
{
    model::Conversation conversation;
    conversation.id = row.columnInt64(0);
    conversation.status = model::conversationStatusFromName(row.columnText(1)).value_or(model::ConversationStatus::Open);
    conversation.assigneeId = row.columnInt64(2);
    conversation.triage = row.columnInt64(3) != 0;
    conversation.unreadCount = int(row.columnInt64(4));
    conversation.preview = row.columnText(5);
    conversation.lastMessageAtMs = row.columnInt64(6);
    conversation.lastInboundAtMs = row.columnInt64(7);
    conversation.snoozedUntilMs = row.columnInt64(8);
    model::Contact &contact = conversation.contact;
    contact.id = row.columnInt64(9);
    contact.waId = row.columnText(10);
    contact.userId = row.columnText(11);
    contact.profileName = row.columnText(12);
    contact.language = row.columnText(13);
    contact.consent = model::consentBasisFromName(row.columnText(14)).value_or(model::ConsentBasis::PatientInitiated);
    contact.optedOut = row.columnInt64(15) != 0;
    contact.proactiveOptIn = row.columnInt64(16) != 0;
    contact.noticeSent = row.columnInt64(17) != 0;
    contact.hasDateOfBirth = row.columnInt64(18) != 0;
    conversation.portal.state = model::portalStateFromName(row.columnText(19));
    conversation.portal.stateAtMs = row.columnInt64(20);
    conversation.portal.expiresAtMs = row.columnInt64(21);
    conversation.previewKind = row.columnText(22);
    conversation.previewChannel = row.columnText(23);
    return conversation;
}

model::Message readMessage(store::Statement &row)
{
    model::Message message;
    message.id = row.columnInt64(0);
    message.conversationId = row.columnInt64(1);
    message.channel = model::channelFromName(row.columnText(2)).value_or(model::Channel::WhatsApp);
    message.direction = row.columnText(3) == QLatin1String("inbound") ? model::Direction::Inbound : model::Direction::Outbound;
    message.kind = row.columnText(4);
    message.body = row.columnText(5);
    message.content = api::parseJsonObject(row.columnText(6));
    message.clientId = row.columnText(7);
    message.authorId = row.columnInt64(8);
    message.state = model::deliveryStateFromName(row.columnText(9)).value_or(model::DeliveryState::Received);
    message.failureCode = row.columnText(10);
    message.failureReason = row.columnText(11);
    message.sentAtMs = row.columnInt64(12);
    message.externalId = row.columnText(13);
    message.retractedAtMs = row.columnInt64(14);
    message.retractedBy = row.columnInt64(15);
    message.purgedAtMs = row.columnInt64(16);
    // The inbox never shows what was retracted (kept for the record) or purged.
    if (message.hidden()) {
        message.body.clear();
        message.content = {};
    }
    return message;
}

} // namespace

// A one-line preview for the conversation list.
QString previewOf(const model::Message &message)
{
    QString text = message.body.simplified();
    if (text.isEmpty()) {
        text = QLatin1Char('[') + message.kind + QLatin1Char(']');
    }
    return text.left(120);
}

InboxStore::InboxStore(store::Database &db, EventLog &events, const platform::Clock &clock)
    : m_db(db), m_events(events), m_clock(clock)
{
}

std::optional<model::Conversation> InboxStore::conversation(std::int64_t id) const
{
    auto row = m_db.prepare(std::string(ConversationColumns) + "WHERE v.id = ?");
    row.bind(1, id);
    return row.step() ? std::optional(readConversation(row)) : std::nullopt;
}

QList<model::Conversation> InboxStore::conversations(int limit, int offset) const
{
    // The page's ids come from the activity index alone; only they are joined.
    // OFFSET on the joined query joined (and looked up the portal link of) every
    // row it skipped: 20,000 for a busy clinic's last page, 410,000 for a whole
    // snapshot (issue 22).
    auto row = m_db.prepare(std::string(ConversationColumns) +
                            "WHERE v.id IN (SELECT id FROM conversations ORDER BY last_message_at_ms DESC, id DESC "
                            "LIMIT ? OFFSET ?) ORDER BY v.last_message_at_ms DESC, v.id DESC");
    row.bindAll(limit, offset);
    QList<model::Conversation> list;
    while (row.step()) {
        list.append(readConversation(row));
    }
    return list;
}

std::optional<model::Message> InboxStore::message(std::int64_t id) const
{
    auto row = m_db.prepare(std::string(MessageColumns) + "WHERE id = ?");
    row.bind(1, id);
    return row.step() ? std::optional(readMessage(row)) : std::nullopt;
}

std::optional<model::Message> InboxStore::messageByWamid(const QString &wamid) const
{
    return messageWhere("wamid", wamid);
}

std::optional<model::Message> InboxStore::messageByClientId(const QString &clientId) const
{
    return messageWhere("client_id", clientId);
}

std::optional<model::Message> InboxStore::messageWhere(std::string_view column, const QString &value) const
{
    auto row = m_db.prepare(std::string(MessageColumns) + "WHERE " + std::string(column) + " = ?");
    row.bind(1, value);
    return row.step() ? std::optional(readMessage(row)) : std::nullopt;
}

QList<model::Message> InboxStore::messages(std::int64_t conversationId, std::int64_t beforeId, int limit) const
{
    auto row = m_db.prepare(std::string(MessageColumns) +
                            "WHERE conversation_id = ? AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?");
    row.bindAll(conversationId, beforeId, beforeId, limit);
    QList<model::Message> list;
    while (row.step()) {
        list.prepend(readMessage(row));
    }
    return list;
}

QList<model::Message> InboxStore::channelMessages(std::int64_t conversationId, model::Channel channel, std::int64_t afterId,
                                                  int limit) const
{
    const bool newest = afterId == 0;
    // The patient's portal leaves out retracted and purged messages altogether.
    auto row = m_db.prepare(std::string(MessageColumns) + "WHERE conversation_id = ? AND channel = ? AND id > ? "
                            "AND retracted_at_ms = 0 AND purged_at_ms = 0 ORDER BY id " +
                            (newest ? "DESC" : "ASC") + " LIMIT ?");
    row.bindAll(conversationId, QLatin1String(model::channelName(channel)), afterId, limit);
    QList<model::Message> list;
    while (row.step()) {
        if (newest) {
            list.prepend(readMessage(row));
        } else {
            list.append(readMessage(row));
        }
    }
    return list;
}

QString InboxStore::lastInboundWamid(std::int64_t conversationId) const
{
    auto row = m_db.prepare("SELECT wamid FROM messages WHERE conversation_id = ? AND direction = 'inbound' "
                            "AND channel = 'whatsapp' AND wamid IS NOT NULL ORDER BY id DESC LIMIT 1");
    row.bind(1, conversationId);
    return row.step() ? row.columnText(0) : QString();
}

QList<std::int64_t> InboxStore::proactiveSendTimes(std::int64_t contactId) const
{
    auto row = m_db.prepare("SELECT m.sent_at_ms FROM messages m JOIN conversations v ON v.id = m.conversation_id "
                            "WHERE v.contact_id = ? AND m.proactive = 1 AND m.state != 'failed'");
    row.bind(1, contactId);
    QList<std::int64_t> times;
    while (row.step()) {
        times.append(row.columnInt64(0));
    }
    return times;
}

std::optional<std::int64_t> InboxStore::contactIdWhere(std::string_view column, const QString &value) const
{
    auto row = m_db.prepare("SELECT id FROM contacts WHERE " + std::string(column) + " = ?");
    row.bind(1, value);
    return row.step() ? std::optional(row.columnInt64(0)) : std::nullopt;
}

std::int64_t InboxStore::insertContact(const QString &waId, const QString &userId, const QString &profileName)
{
    m_db.prepare("INSERT INTO contacts (wa_id, user_id, profile_name, created_at_ms) VALUES (?, NULLIF(?, ''), ?, ?)")
        .bindAll(waId, userId, profileName, m_clock.nowMs())
        .run();
    return m_db.lastInsertRowId();
}

void InboxStore::releaseNumber(std::int64_t contactId, const QString &waId)
{
    m_db.prepare("UPDATE contacts SET wa_id = '~' || id, former_wa_id = ? WHERE id = ?").bindAll(waId, contactId).run();
    auto conversation = m_db.prepare("SELECT id FROM conversations WHERE contact_id = ?");
    conversation.bind(1, contactId);
    if (conversation.step()) {
        publishConversation(conversation.columnInt64(0));
    }
}

InboxStore::ContactMatch InboxStore::contactFor(const QString &waId, const QString &userId, const QString &profileName)
{
    ContactMatch match;
    // 0: no such contact
    const std::int64_t byUser = userId.isEmpty() ? 0 : contactIdWhere("user_id", userId).value_or(0);
    const std::int64_t byNumber = contactIdWhere("wa_id", waId).value_or(0);
    QString numberHoldersUser;
    if (byNumber != 0) {
        auto row = m_db.prepare("SELECT coalesce(user_id, '') FROM contacts WHERE id = ?");
        row.bind(1, byNumber);
        row.step();
        numberHoldersUser = row.columnText(0);
    }
    std::int64_t id = 0;
    if (byUser != 0) {
        id = byUser;
        if (byNumber != byUser) {
            if (byNumber != 0) {
                releaseNumber(byNumber, waId);
                match.releasedContactId = byNumber;
            }
            m_db.prepare("UPDATE contacts SET wa_id = ? WHERE id = ?").bindAll(waId, id).run();
            match.numberChanged = true;
        }
    } else if (byNumber != 0 && !userId.isEmpty() && !numberHoldersUser.isEmpty() && numberHoldersUser != userId) {
        releaseNumber(byNumber, waId); // recycled: a new person has this number now
        match.releasedContactId = byNumber;
        id = insertContact(waId, userId, profileName);
    } else if (byNumber != 0) {
        id = byNumber;
        if (!userId.isEmpty() && numberHoldersUser.isEmpty()) {
            m_db.prepare("UPDATE contacts SET user_id = ? WHERE id = ?").bindAll(userId, id).run();
        }
    } else {
        id = insertContact(waId, userId, profileName);
    }
    if (!profileName.isEmpty()) {
        m_db.prepare("UPDATE contacts SET profile_name = ? WHERE id = ?").bindAll(profileName, id).run();
    }
    match.contact = conversation(conversationFor(id))->contact;
    return match;
}

std::int64_t InboxStore::conversationFor(std::int64_t contactId)
{
    m_db.prepare("INSERT INTO conversations (contact_id) VALUES (?) ON CONFLICT(contact_id) DO NOTHING").bind(1, contactId).run();
    auto row = m_db.prepare("SELECT id FROM conversations WHERE contact_id = ?");
    row.bind(1, contactId);
    row.step();
    return row.columnInt64(0);
}

std::int64_t InboxStore::insertMessage(const model::Message &message, bool proactive, const QJsonObject &sendRequest)
{
    auto insert = m_db.prepare(
        "INSERT INTO messages (conversation_id, channel, direction, kind, body, content, wamid, client_id, author_id, "
        "state, state_at_ms, sent_at_ms, proactive, send_request) "
        "VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, 0), ?, ?, ?, ?, ?)");
    insert.bindAll(message.conversationId, QLatin1String(model::channelName(message.channel)),
                   message.direction == model::Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                   message.kind, message.body, api::compactJson(message.content), message.externalId, message.clientId,
                   message.authorId, QLatin1String(model::deliveryStateName(message.state)), message.sentAtMs,
                   message.sentAtMs, int(proactive));
    if (sendRequest.isEmpty()) {
        insert.bindNull(14);
    } else {
        insert.bind(14, api::compactJson(sendRequest));
    }
    insert.run();
    return m_db.lastInsertRowId();
}

void InboxStore::recordActivity(const model::Message &message)
{
    if (message.direction == model::Direction::Inbound) {
        // A patient writing again reopens a resolved or snoozed conversation.
        // Only WhatsApp messages open WhatsApp's 24-hour window.
        const std::int64_t windowFrom = message.channel == model::Channel::WhatsApp ? message.sentAtMs : 0;
        m_db.prepare("UPDATE conversations SET unread_count = unread_count + 1, preview = ?, preview_kind = ?, "
                     "preview_channel = ?, last_message_at_ms = MAX(last_message_at_ms, ?), last_inbound_at_ms = MAX(last_inbound_at_ms, ?), "
                     "status = CASE WHEN status IN ('resolved', 'snoozed') THEN 'open' ELSE status END, "
                     "snoozed_until_ms = 0 WHERE id = ?")
            .bindAll(previewOf(message), message.kind, QString::fromLatin1(model::channelName(message.channel)),
                     message.sentAtMs, windowFrom, message.conversationId)
            .run();
    } else {
        m_db.prepare("UPDATE conversations SET preview = ?, preview_kind = ?, preview_channel = ?, "
                     "last_message_at_ms = MAX(last_message_at_ms, ?) WHERE id = ?")
            .bindAll(previewOf(message), message.kind, QString::fromLatin1(model::channelName(message.channel)),
                     message.sentAtMs, message.conversationId)
            .run();
    }
}

void InboxStore::refreshPreview(std::int64_t conversationId)
{
    auto latest = m_db.prepare(std::string(MessageColumns) + "WHERE conversation_id = ? AND retracted_at_ms = 0 "
                               "AND purged_at_ms = 0 ORDER BY id DESC LIMIT 1");
    latest.bind(1, conversationId);
    const std::optional<model::Message> message = latest.step() ? std::optional(readMessage(latest)) : std::nullopt;
    m_db.prepare("UPDATE conversations SET preview = ?, preview_kind = ?, preview_channel = ? WHERE id = ?")
        .bindAll(message ? previewOf(*message) : QString(), message ? message->kind : QString(),
                 message ? QString::fromLatin1(model::channelName(message->channel)) : QString(), conversationId)
        .run();
}

void InboxStore::setDelivery(std::int64_t messageId, model::DeliveryState state, std::int64_t atMs,
                             const QString &failureCode, const QString &failureReason)
{
    const bool finished = state != model::DeliveryState::Queued && state != model::DeliveryState::Sending;
    m_db.prepare("UPDATE messages SET state = ?, state_at_ms = ?, failure_code = ?, failure_reason = ?, "
                 "send_request = CASE WHEN ? THEN NULL ELSE send_request END WHERE id = ?")
        .bindAll(QLatin1String(model::deliveryStateName(state)), atMs, failureCode, failureReason, int(finished), messageId)
        .run();
}

QList<std::int64_t> InboxStore::markPortalRead(std::int64_t conversationId, std::int64_t fromId, std::int64_t toId,
                                               std::int64_t atMs)
{
    auto update = m_db.prepare("UPDATE messages SET state = 'read', state_at_ms = ? WHERE conversation_id = ? AND id BETWEEN ? AND ? "
                               "AND channel = 'portal' AND direction = 'outbound' AND state = 'delivered' "
                               "AND retracted_at_ms = 0 AND purged_at_ms = 0 RETURNING id");
    update.bindAll(atMs, conversationId, fromId, toId);
    QList<std::int64_t> ids;
    while (update.step()) {
        ids.append(update.columnInt64(0));
    }
    return ids;
}

void InboxStore::setWamid(std::int64_t messageId, const QString &wamid)
{
    m_db.prepare("UPDATE messages SET wamid = ? WHERE id = ? AND wamid IS NULL").bindAll(wamid, messageId).run();
}

void InboxStore::scheduleRetry(std::int64_t messageId, std::int64_t atMs)
{
    m_db.prepare("UPDATE messages SET state = 'queued', attempts = attempts + 1, next_attempt_at_ms = ? WHERE id = ?")
        .bindAll(atMs, messageId)
        .run();
}

void InboxStore::setAssignment(std::int64_t conversationId, std::int64_t assigneeId, bool triage)
{
    auto update = m_db.prepare("UPDATE conversations SET assignee_id = NULLIF(?, 0), triage = ? WHERE id = ?");
    update.bindAll(assigneeId, int(triage), conversationId).run();
}

void InboxStore::setStatus(std::int64_t conversationId, model::ConversationStatus status, std::int64_t snoozedUntilMs)
{
    m_db.prepare("UPDATE conversations SET status = ?, snoozed_until_ms = ? WHERE id = ?")
        .bindAll(QLatin1String(model::conversationStatusName(status)), snoozedUntilMs, conversationId)
        .run();
}

void InboxStore::markRead(std::int64_t conversationId)
{
    m_db.prepare("UPDATE conversations SET unread_count = 0 WHERE id = ?").bind(1, conversationId).run();
}

void InboxStore::markUnread(std::int64_t conversationId)
{
    m_db.prepare("UPDATE conversations SET unread_count = max(unread_count, 1) WHERE id = ?").bind(1, conversationId).run();
}

void InboxStore::setContactFlags(const model::Contact &contact)
{
    m_db.prepare("UPDATE contacts SET consent = ?, opted_out = ?, proactive_opt_in = ?, notice_sent = ?, language = ? "
                 "WHERE id = ?")
        .bindAll(QLatin1String(model::consentBasisName(contact.consent)), int(contact.optedOut),
                 int(contact.proactiveOptIn), int(contact.noticeSent), contact.language, contact.id)
        .run();
}

void InboxStore::publishConversation(std::int64_t conversationId)
{
    if (const auto current = conversation(conversationId)) {
        m_events.append(api::event::ConversationChanged, audience::Inbox, api::conversationToJson(*current));
    }
}

void InboxStore::publishMessage(std::int64_t messageId, const char *kind)
{
    if (const auto current = message(messageId)) {
        QJsonObject payload = api::messageToJson(*current);
        if (const auto thread = conversation(current->conversationId)) {
            payload.insert(QStringLiteral("conversation"), api::conversationToJson(*thread));
        }
        m_events.append(kind, audience::Inbox, payload);
    }
}

} // namespace cb::server
