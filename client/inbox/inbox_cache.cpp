#include "client/inbox/inbox_cache.h"

#include "core/api/json_text.h"
#include "core/phone/phone_numbers.h"
#include "core/search/search_words.h"

#include "core/api/inbox_dto.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cb::client {

namespace {
// The WHERE clause of a view; ?1 is the signed-in user's id.
const char *viewFilter(InboxView view)
{
    switch (view) {
    case InboxView::Unassigned:
        return "c.assignee_id = 0 AND c.triage = 0 AND c.status IN ('open', 'pending')";
    case InboxView::Mine:
        return "c.assignee_id = ?1 AND c.status IN ('open', 'pending')";
    case InboxView::Triage:
        return "c.triage = 1 AND c.status IN ('open', 'pending')";
    case InboxView::All:
        return "1";
    // The last 30 days, as the server lists them.
    case InboxView::Mentions:
        return "c.id IN (SELECT conversation_id FROM mentions WHERE at_ms > (unixepoch() - "
               "2592000) * 1000)";
    }
    return "1";
}

// A page of a view, newest activity first (?3 rows from ?4).
constexpr const char *PageOrder =
    " ORDER BY c.last_message_at_ms DESC, c.id DESC LIMIT ?3 OFFSET ?4";

// What a view's tab counts: the Mentions tab counts only what is not read yet.
const char *countFilter(InboxView view)
{
    return view == InboxView::Mentions
               ? "c.id IN (SELECT conversation_id FROM mentions WHERE seen = 0 "
                 "AND at_ms > (unixepoch() - 2592000) * 1000)"
               : viewFilter(view);
}
} // namespace

InboxCache::InboxCache(store::Database &db) : m_db(db) {}

std::int64_t InboxCache::lastSeq() const
{
    auto row = m_db.prepare("SELECT value FROM cache_info WHERE key = 'last_seq'");
    return row.step() ? row.columnText(0).toLongLong() : 0;
}

void InboxCache::setLastSeq(std::int64_t seq)
{
    m_db.prepare("INSERT INTO cache_info (key, value) VALUES ('last_seq', ?) ON CONFLICT(key) DO "
                 "UPDATE SET value = excluded.value")
        .bind(1, QString::number(seq))
        .run();
}

namespace {
// An older snapshot row never overwrites what a newer event already set.
constexpr const char *UpsertConversation =
    "INSERT INTO conversations (id, status, assignee_id, triage, unread_count, last_message_at_ms, contact_name, "
    "wa_id, preview, json, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET status = excluded.status, assignee_id = excluded.assignee_id, "
    "triage = excluded.triage, unread_count = excluded.unread_count, last_message_at_ms = excluded.last_message_at_ms, "
    "contact_name = excluded.contact_name, wa_id = excluded.wa_id, preview = excluded.preview, json = excluded.json, "
    "updated_seq = excluded.updated_seq, rev = conversations.rev + 1 "
    "WHERE excluded.updated_seq >= conversations.updated_seq";

void bindConversation(store::Statement &row, const model::Conversation &conversation, const QString &json, std::int64_t seq)
{
    row.bindAll(conversation.id, QLatin1String(model::conversationStatusName(conversation.status)), conversation.assigneeId,
                int(conversation.triage), conversation.unreadCount, conversation.lastMessageAtMs, conversation.contact.profileName,
                conversation.contact.waId, conversation.preview, json, seq);
}
} // namespace

bool InboxCache::isFilled() const
{
    auto row = m_db.prepare("SELECT value FROM cache_info WHERE key = 'filled'");
    return row.step() && row.columnText(0) == QLatin1String("1");
}

void InboxCache::setFilled(bool filled)
{
    m_db.prepare("INSERT INTO cache_info (key, value) VALUES ('filled', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(int(filled)))
        .run();
}

bool InboxCache::portalWithheld() const
{
    auto row = m_db.prepare("SELECT value FROM cache_info WHERE key = 'portal_withheld'");
    return row.step() && row.columnText(0) == QLatin1String("1");
}

void InboxCache::setPortalWithheld(bool withheld)
{
    m_db.prepare("INSERT INTO cache_info (key, value) VALUES ('portal_withheld', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(int(withheld)))
        .run();
}

void InboxCache::forgetPortalWords()
{
    m_db.exec("DELETE FROM media WHERE message_id IN (SELECT id FROM messages WHERE json_extract(json, '$.channel') = 'portal')");
    m_db.exec("DELETE FROM messages WHERE json_extract(json, '$.channel') = 'portal'"); // their search entries go by trigger
}

void InboxCache::upsertConversation(const model::Conversation &conversation, std::int64_t seq)
{
    auto row = m_db.prepare(UpsertConversation);
    bindConversation(row, conversation, api::compactJson(api::conversationToJson(conversation)), seq);
    row.run();
}

void InboxCache::upsertConversations(const QList<PreparedConversation> &rows, std::int64_t seq)
{
    auto row = m_db.prepare(UpsertConversation); // compiled once for the batch
    for (const PreparedConversation &prepared : rows) {
        if (prepared.conversation.id <= 0) {
            continue;
        }
        row.reset();
        bindConversation(row, prepared.conversation, prepared.json, seq);
        row.run();
    }
}

InboxCache::Mention InboxCache::Mention::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("message_id")).toInteger(), json.value(QStringLiteral("conversation_id")).toInteger(),
            json.value(QStringLiteral("by")).toInteger(), json.value(QStringLiteral("at_ms")).toInteger(),
            json.value(QStringLiteral("seen")).toBool()};
}

InboxCache::PreparedConversation InboxCache::prepare(const QJsonObject &json)
{
    PreparedConversation prepared;
    if (auto conversation = api::conversationFromJson(json)) {
        prepared.conversation = std::move(*conversation);
        prepared.json = api::compactJson(api::conversationToJson(prepared.conversation));
    }
    return prepared;
}

void InboxCache::upsertMessage(const model::Message &message)
{
    m_db.prepare("INSERT INTO messages (id, conversation_id, sent_at_ms, body, json) VALUES (?, ?, "
                 "?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET body = excluded.body, json = excluded.json")
        .bindAll(message.id, message.conversationId, message.sentAtMs, message.body,
                 api::compactJson(api::messageToJson(message)))
        .run();
    // Retracted or purged on the server: the text went with the upsert (and its
    // search index); the file this workstation kept goes too.
    if (message.hidden()) {
        m_db.prepare("DELETE FROM media WHERE message_id = ?").bind(1, message.id).run();
    }
}

std::optional<model::Conversation> InboxCache::conversation(std::int64_t id) const
{
    auto row = m_db.prepare("SELECT json FROM conversations WHERE id = ?");
    row.bind(1, id);
    return row.step() ? api::conversationFromJson(api::parseJsonObject(row.columnText(0)))
                      : std::nullopt;
}

store::Statement InboxCache::viewQuery(const char *columns, InboxView view, std::int64_t myId,
                                       const QString &search, int limit, int offset,
                                       const QList<std::int64_t> &serverFound) const
{
    std::string sql = std::string("SELECT ") + columns +
                      " FROM conversations c WHERE ?1 IS NOT NULL AND " + viewFilter(view);
    // A phone number, however typed ("(555) 010-7007", "5550107007", "0107"), is
    // looked for in the wa_id's digits; anything else in the words.
    const std::optional<QString> digits = phone::searchDigits(search);
    const QString query = digits ? QString() : search::ftsQuery(search);
    // What the server found for the same words joins what this cache finds.
    const std::string found = serverFound.isEmpty() ? std::string() : " OR +c.id IN (SELECT value FROM json_each(?5))";
    if (digits) {
        sql += " AND (instr(c.wa_id, ?2) > 0" + found + ")";
    } else if (!query.isEmpty()) {
        // "+c.id": walk the view's index in activity order and test each row against
        // the matches (built once), stopping at the page's end. Looking the matches
        // up by id instead read and sorted all 20,000 rows for "1" (134 ms).
        sql += " AND (+c.id IN (SELECT m.conversation_id FROM messages m JOIN messages_fts f ON "
               "f.rowid = m.id "
               "WHERE messages_fts MATCH ?2) OR +c.id IN (SELECT rowid FROM contacts_fts WHERE "
               "contacts_fts MATCH ?2)" + found + ")";
    }
    sql += PageOrder;
    auto row = m_db.prepare(sql);
    row.bind(1, myId);
    if (digits) {
        row.bind(2, *digits);
    } else if (!query.isEmpty()) {
        row.bind(2, query);
    }
    row.bind(3, limit);
    row.bind(4, offset);
    if (!serverFound.isEmpty() && (digits || !query.isEmpty())) {
        QJsonArray ids;
        for (const std::int64_t id : serverFound) {
            ids.append(qint64(id));
        }
        row.bind(5, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    return row;
}

QList<model::Conversation> InboxCache::conversations(InboxView view, std::int64_t myId,
                                                     const QString &search, int limit,
                                                     int offset) const
{
    auto row = viewQuery("c.json", view, myId, search, limit, offset);
    QList<model::Conversation> list;
    while (row.step()) {
        if (auto conversation =
                api::conversationFromJson(api::parseJsonObject(row.columnText(0)))) {
            list.append(*conversation);
        }
    }
    return list;
}

QList<InboxCache::RowKey> InboxCache::conversationKeys(InboxView view, std::int64_t myId,
                                                       const QString &search, int limit,
                                                       const QList<std::int64_t> &serverFound) const
{
    auto row = viewQuery("c.id, c.rev", view, myId, search, limit, 0, serverFound);
    QList<RowKey> keys;
    while (row.step()) {
        keys.append({row.columnInt64(0), row.columnInt64(1)});
    }
    return keys;
}

QHash<std::int64_t, InboxCache::Row>
InboxCache::conversationsById(const QList<std::int64_t> &ids) const
{
    QHash<std::int64_t, Row> rows;
    if (ids.isEmpty()) {
        return rows;
    }
    QJsonArray list;
    for (const std::int64_t id : ids) {
        list.append(qint64(id));
    }
    auto row = m_db.prepare(
        "SELECT rev, json FROM conversations WHERE id IN (SELECT value FROM json_each(?))");
    row.bind(1, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    while (row.step()) {
        if (auto conversation =
                api::conversationFromJson(api::parseJsonObject(row.columnText(1)))) {
            rows.insert(conversation->id, {*conversation, row.columnInt64(0)});
        }
    }
    return rows;
}

QHash<std::int64_t, QString>
InboxCache::matchingMessages(const QList<std::int64_t> &conversationIds,
                             const QString &search) const
{
    QHash<std::int64_t, QString> matches;
    const QString query = phone::searchDigits(search) ? QString() : search::ftsQuery(search);
    if (query.isEmpty() || conversationIds.isEmpty()) {
        return matches;
    }
    QJsonArray ids;
    for (const std::int64_t id : conversationIds) {
        ids.append(qint64(id));
    }
    auto row = m_db.prepare(
        "SELECT m.conversation_id, m.body FROM messages m WHERE m.id IN ("
        "SELECT max(h.id) FROM messages_fts f JOIN messages h ON h.id = f.rowid "
        "WHERE messages_fts MATCH ?1 AND h.conversation_id IN (SELECT value FROM json_each(?2)) "
        "GROUP BY h.conversation_id)");
    row.bind(1, query);
    row.bind(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (row.step()) {
        matches.insert(row.columnInt64(0), row.columnText(1));
    }
    return matches;
}

QStringList InboxCache::viewPlan(InboxView view) const
{
    auto row = m_db.prepare(
        "EXPLAIN QUERY PLAN SELECT c.json FROM conversations c WHERE ?1 IS NOT NULL AND " +
        std::string(viewFilter(view)) + PageOrder);
    row.bind(1, std::int64_t(1)).bind(3, 100).bind(4, 0);
    QStringList lines;
    while (row.step()) {
        lines << row.columnText(3);
    }
    return lines;
}

int InboxCache::count(InboxView view, std::int64_t myId) const
{
    auto row = m_db.prepare("SELECT COUNT(*) FROM conversations c WHERE ?1 IS NOT NULL AND " +
                            std::string(countFilter(view)));
    row.bind(1, myId);
    row.step();
    return int(row.columnInt64(0));
}

int InboxCache::unreadTotal() const
{
    return int(m_db.queryInt("SELECT COALESCE(SUM(unread_count), 0) FROM conversations"));
}

std::int64_t InboxCache::oldestMessageId(std::int64_t conversationId) const
{
    auto row = m_db.prepare("SELECT MIN(id) FROM messages WHERE conversation_id = ?");
    row.bind(1, conversationId);
    return row.step() ? row.columnInt64(0) : 0;
}

QList<model::Message> InboxCache::messages(std::int64_t conversationId) const
{
    auto row = m_db.prepare("SELECT json FROM messages WHERE conversation_id = ? ORDER BY id");
    row.bind(1, conversationId);
    QList<model::Message> list;
    while (row.step()) {
        if (auto message = api::messageFromJson(api::parseJsonObject(row.columnText(0)))) {
            list.append(*message);
        }
    }
    return list;
}

void InboxCache::addToOutbox(const OutboxItem &item, std::int64_t nowMs)
{
    m_db.prepare("INSERT INTO outbox (client_id, conversation_id, request, created_at_ms) VALUES "
                 "(?, ?, ?, ?) "
                 "ON CONFLICT(client_id) DO NOTHING")
        .bindAll(item.clientId, item.conversationId, api::compactJson(item.request), nowMs)
        .run();
}

QList<InboxCache::OutboxItem> InboxCache::outbox() const
{
    auto row = m_db.prepare("SELECT client_id, conversation_id, request, attempts, failure FROM "
                            "outbox ORDER BY created_at_ms, rowid");
    QList<OutboxItem> items;
    while (row.step()) {
        items.append({row.columnText(0), row.columnInt64(1),
                      api::parseJsonObject(row.columnText(2)), int(row.columnInt64(3)),
                      row.columnText(4)});
    }
    return items;
}

void InboxCache::removeFromOutbox(const QString &clientId)
{
    m_db.prepare("DELETE FROM outbox WHERE client_id = ?").bind(1, clientId).run();
}

std::optional<InboxCache::Media> InboxCache::media(std::int64_t messageId) const
{
    auto row = m_db.prepare("SELECT mime_type, data FROM media WHERE message_id = ?");
    row.bind(1, messageId);
    if (!row.step()) {
        return std::nullopt;
    }
    return Media{row.columnText(0), row.columnBlob(1)};
}

void InboxCache::storeMedia(std::int64_t messageId, const Media &media)
{
    auto insert =
        m_db.prepare("INSERT OR REPLACE INTO media (message_id, mime_type, data) VALUES (?, ?, ?)");
    insert.bindAll(messageId, media.mimeType);
    insert.bindBlob(3, media.data);
    insert.run();
}

void InboxCache::recordOutboxAttempt(const QString &clientId, const QString &failure)
{
    m_db.prepare("UPDATE outbox SET attempts = attempts + 1, failure = ? WHERE client_id = ?")
        .bindAll(failure, clientId)
        .run();
}

void InboxCache::addMention(const Mention &mention)
{
    m_db.prepare("INSERT INTO mentions (message_id, conversation_id, by_user, at_ms, seen) VALUES "
                 "(?, ?, ?, ?, ?) "
                 "ON CONFLICT(message_id) DO UPDATE SET seen = MAX(seen, excluded.seen)")
        .bindAll(mention.messageId, mention.conversationId, mention.byUser, mention.atMs,
                 int(mention.seen))
        .run();
}

bool InboxCache::hasUnseenMentions(std::int64_t conversationId) const
{
    auto row =
        m_db.prepare("SELECT 1 FROM mentions WHERE conversation_id = ? AND seen = 0 LIMIT 1");
    row.bind(1, conversationId);
    return row.step();
}

void InboxCache::markMentionsSeen(std::int64_t conversationId)
{
    m_db.prepare("UPDATE mentions SET seen = 1 WHERE conversation_id = ?")
        .bind(1, conversationId)
        .run();
}

} // namespace cb::client
