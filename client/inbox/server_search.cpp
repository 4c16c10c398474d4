#include "client/inbox/server_search.h"

#include "client/inbox/inbox_cache.h"
#include "client/net/server_connection.h"
#include "core/api/inbox_dto.h"

#include <QJsonArray>

namespace cb::client {

ServerSearch::ServerSearch(ServerConnection &connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
}

void ServerSearch::setCache(InboxCache *cache)
{
    m_cache = cache;
    if (!cache) { // locked or signed out: nothing found stays in memory
        m_words.clear();
        m_hits.clear();
        m_waiting = false;
        m_next = 0;
    }
}

void ServerSearch::search(const QString &words)
{
    const QString trimmed = words.trimmed();
    if (trimmed == m_words) {
        return;
    }
    m_words = trimmed;
    m_next = 0;
    if (!m_hits.isEmpty()) {
        m_hits.clear();
        emit hitsChanged();
    }
    if (m_words.size() < MinLength || !m_cache) {
        m_waiting = false;
        return;
    }
    if (m_inFlight) {
        m_waiting = true; // sent when the answer in flight arrives
        return;
    }
    send();
}

void ServerSearch::more()
{
    if (m_inFlight || !hasMore() || !m_cache || m_words.size() < MinLength) {
        return; // one request at a time; the list asks again when this one lands
    }
    send(m_next);
}

void ServerSearch::send(std::int64_t after)
{
    m_inFlight = true;
    m_waiting = false;
    emit busyChanged(true);
    const QString asked = m_words;
    QJsonObject body{{QStringLiteral("query"), asked}, {QStringLiteral("limit"), PageSize}};
    if (after > 0) {
        body.insert(QStringLiteral("after"), qint64(after));
    }
    m_connection.post(
        QStringLiteral("/api/v1/search"), body,
        [this, asked, after](const ServerConnection::Reply &reply) {
            m_inFlight = false;
            if (m_waiting && m_cache && m_words.size() >= MinLength) {
                send(); // newer words: this answer is stale
                return;
            }
            emit busyChanged(false);
            if (!reply.ok() || !m_cache || asked != m_words) {
                return; // offline or refused: the cache's results stand alone
            }
            // A next page adds to what the first found (a conversation found twice keeps its first match).
            QHash<std::int64_t, QString> hits = after > 0 ? m_hits : QHash<std::int64_t, QString>();
            for (const QJsonValue &value : reply.body.value(QStringLiteral("results")).toArray()) {
                const QJsonObject found = value.toObject();
                const auto conversation = api::conversationFromJson(
                    found.value(QStringLiteral("conversation")).toObject());
                if (!conversation) {
                    continue;
                }
                if (!m_cache->conversation(conversation->id)) {
                    m_cache->upsertConversation(*conversation, 0); // any newer event still wins
                }
                if (!hits.contains(conversation->id) && hits.size() < MaxHits) {
                    hits.insert(conversation->id, found.value(QStringLiteral("match"))
                                                      .toObject()
                                                      .value(QStringLiteral("body"))
                                                      .toString());
                }
            }
            m_hits = hits;
            m_next = reply.body.value(QStringLiteral("next")).toInteger();
            emit hitsChanged();
        });
}

} // namespace cb::client
