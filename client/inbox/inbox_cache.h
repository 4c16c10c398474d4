#pragma once

#include "core/model/conversation.h"
#include "core/model/message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cb::store {
class Database;
class Statement;
} // namespace cb::store

namespace cb::client {

// Which conversations a list shows.
enum class InboxView
{
    Unassigned,
    Mine,
    Triage,
    All,
    Mentions
};

// The inbox part of the user's encrypted cache: conversations, messages, the
// event-stream cursor and the outbox. Every write is an upsert, so applying the
// same event twice changes nothing.
class InboxCache
{
public:
    explicit InboxCache(store::Database &db);

    std::int64_t lastSeq() const;
    void setLastSeq(std::int64_t seq);
    // Whether a whole snapshot has landed (a first fill cut short by a lock or a
    // crash is not warm: the next start asks for all of it again).
    bool isFilled() const;
    void setFilled(bool filled);
    // Whether the server withholds the portal's words from this person (minimum
    // necessary). When that turns on, forgetPortalWords() drops every portal
    // message and file this cache held from before, and the caller snapshots afresh.
    bool portalWithheld() const;
    void setPortalWithheld(bool withheld);
    void forgetPortalWords();

    void upsertConversation(const model::Conversation &conversation, std::int64_t seq);
    // A snapshot page's rows, parsed and serialized off the GUI thread (prepare() is
    // free of the database), then written with one compiled statement.
    struct PreparedConversation
    {
        model::Conversation conversation; // id 0: the server's row did not parse
        QString json;
    };
    static PreparedConversation prepare(const QJsonObject &json);
    void upsertConversations(const QList<PreparedConversation> &rows, std::int64_t seq);
    void upsertMessage(const model::Message &message);

    std::optional<model::Conversation> conversation(std::int64_t id) const;
    // A page of the list: newest activity first, filtered by view and, when
    // `search` is not empty, by full-text match on messages and patient names.
    QList<model::Conversation> conversations(InboxView view, std::int64_t myId,
                                             const QString &search, int limit, int offset) const;
    // The same list as ids and revisions only (a revision counts a row's changes):
    // the list model reads whole rows only for what is new or changed.
    struct RowKey
    {
        std::int64_t id = 0;
        std::int64_t rev = 0;
        bool operator==(const RowKey &) const = default;
    };
    // `serverFound`: conversations the server's search found for the same words
    // (ServerSearch); they join the cache's own matches.
    QList<RowKey> conversationKeys(InboxView view, std::int64_t myId, const QString &search,
                                   int limit, const QList<std::int64_t> &serverFound = {}) const;
    struct Row
    {
        model::Conversation conversation;
        std::int64_t rev = 0;
    };
    QHash<std::int64_t, Row> conversationsById(const QList<std::int64_t> &ids) const;
    // For a search's rows: each conversation's newest message that matches the
    // words (conversation id -> text). Conversations found by the patient's name
    // or number alone have none. One full-text query for the whole page.
    QHash<std::int64_t, QString> matchingMessages(const QList<std::int64_t> &conversationIds,
                                                  const QString &search) const;
    int count(InboxView view, std::int64_t myId) const;
    // How SQLite reads a view's first page (EXPLAIN QUERY PLAN's lines): the tests
    // and the benchmark check that each view walks an index of its own.
    QStringList viewPlan(InboxView view) const;
    int unreadTotal() const;
    QList<model::Message> messages(std::int64_t conversationId) const;
    // The oldest message this cache holds of a conversation (0: none).
    std::int64_t oldestMessageId(std::int64_t conversationId) const;

    struct Media
    {
        QString mimeType;
        QByteArray data;
    };
    std::optional<Media> media(std::int64_t messageId) const;
    void storeMedia(std::int64_t messageId, const Media &media);

    struct OutboxItem
    {
        QString clientId;
        std::int64_t conversationId = 0;
        QJsonObject request;
        int attempts = 0;
        QString failure;
    };
    void addToOutbox(const OutboxItem &item, std::int64_t nowMs);
    QList<OutboxItem> outbox() const;
    void removeFromOutbox(const QString &clientId);
    void recordOutboxAttempt(const QString &clientId, const QString &failure);

    // This person's @mentions (the Mentions view). Seen stays seen.
    struct Mention
    {
        std::int64_t messageId = 0;
        std::int64_t conversationId = 0;
        std::int64_t byUser = 0;
        std::int64_t atMs = 0;
        bool seen = false;
        // As the server sends one (a snapshot's "mentions", a "mention" event).
        static Mention fromJson(const QJsonObject &json);
    };
    void addMention(const Mention &mention);
    bool hasUnseenMentions(std::int64_t conversationId) const;
    void markMentionsSeen(std::int64_t conversationId);

private:
    // SELECT `columns` of a view's page, filtered by `search` (see conversations()).
    store::Statement viewQuery(const char *columns, InboxView view, std::int64_t myId,
                               const QString &search, int limit, int offset,
                               const QList<std::int64_t> &serverFound = {}) const;

    store::Database &m_db;
};

} // namespace cb::client
