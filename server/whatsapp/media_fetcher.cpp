#include "server/whatsapp/media_fetcher.h"

#include "core/whatsapp/media_type.h"
#include "core/api/json_text.h"

#include "core/api/inbox_dto.h"
#include "core/crypto/keyed_hash.h"
#include "core/store/transaction.h"
#include "server/whatsapp/graph_client.h"
#include "server/server_context.h"

#include <QJsonDocument>
#include <QTimer>

namespace cb::server {

namespace {
constexpr int RetryDelayMs = 5000;
}

MediaFetcher::MediaFetcher(ServerContext &context, GraphClient &graph, QObject *parent)
    : QObject(parent), m_context(context), m_graph(graph)
{
    connect(&context.changes(), &ChangeFeed::committed, this, &MediaFetcher::kick);
    QTimer::singleShot(0, this, &MediaFetcher::kick);
}

bool MediaFetcher::digestMatches(const QByteArray &data, const QString &expected)
{
    const QByteArray digest = crypto::sha256(data);
    const QByteArray given = expected.toLatin1();
    return crypto::constantTimeEquals(digest.toHex(), given.toLower()) || crypto::constantTimeEquals(digest.toBase64(), given);
}

void MediaFetcher::kick()
{
    if (!m_busy) {
        fetchNext();
    }
}

void MediaFetcher::fetchNext()
{
    auto next = m_context.store().database().prepare(
        "SELECT message_id, media_id, mime_type, sha256 FROM media WHERE state = 'pending' AND next_attempt_at_ms <= ? "
        "ORDER BY message_id LIMIT 1");
    next.bind(1, m_context.clock().nowMs());
    if (!next.step()) {
        return;
    }
    const std::int64_t messageId = next.columnInt64(0);
    const QString mediaId = next.columnText(1);
    const auto mimeType = whatsapp::canonicalMediaType(next.columnText(2));
    const QString expected = next.columnText(3);
    if (!mimeType) {
        finish(messageId, false, QStringLiteral("type_not_allowed"));
        return;
    }
    m_busy = true;
    const qint64 maxBytes = m_context.config().whatsapp.maxMediaBytes;
    m_graph.mediaInfo(mediaId, [this, messageId, expected, maxBytes, type = *mimeType](const GraphReply &info) {
        const QUrl url(info.json.value(QStringLiteral("url")).toString());
        const qint64 declared = info.json.value(QStringLiteral("file_size")).toVariant().toLongLong();
        if (info.httpStatus != 200 || !url.isValid()) {
            finish(messageId, false, info.httpStatus == 0 ? QString() : QStringLiteral("not_available"));
            return;
        }
        if (declared > maxBytes) {
            finish(messageId, false, QStringLiteral("too_large"));
            return;
        }
        if (!GraphClient::isMetaMediaUrl(url)) { // never send the token elsewhere (finding 5)
            finish(messageId, false, QStringLiteral("untrusted_host"));
            return;
        }
        m_graph.download(url, maxBytes, [this, messageId, expected, type](const GraphReply &file) {
            if (file.networkError == QLatin1String("too_large")) {
                finish(messageId, false, QStringLiteral("too_large"));
            } else if (file.httpStatus != 200) {
                finish(messageId, false, file.httpStatus == 0 ? QString() : QStringLiteral("not_available"));
            } else if (!digestMatches(file.raw, expected)) {
                finish(messageId, false, QStringLiteral("checksum_mismatch"));
            } else if (!whatsapp::contentMatchesType(file.raw, type)) {
                finish(messageId, false, QStringLiteral("type_mismatch")); // not what it claims to be
            } else {
                finish(messageId, true, {}, file.raw, type);
            }
        });
    });
}

// An empty failure means "try again later" (network), up to MaxAttempts.
void MediaFetcher::finish(std::int64_t messageId, bool stored, const QString &failure, const QByteArray &data,
                          const QString &mimeType)
{
    m_busy = false;
    store::Database &db = m_context.store().database();
    {
        store::Transaction transaction(db);
        if (stored) {
            db.prepare("UPDATE media SET state = 'stored', size = ?, data = ?, mime_type = ?, attempts = attempts + 1 "
                       "WHERE message_id = ?")
                .bind(1, std::int64_t(data.size()))
                .bindBlob(2, data)
                .bind(3, mimeType)
                .bind(4, messageId)
                .run();
        } else {
            db.prepare("UPDATE media SET attempts = attempts + 1, failure = ?, next_attempt_at_ms = ?, "
                       "state = CASE WHEN ? != '' OR attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE message_id = ?")
                .bindAll(failure.isEmpty() ? QStringLiteral("unreachable") : failure,
                         m_context.clock().nowMs() + RetryDelayMs, failure, MaxAttempts, messageId)
                .run();
        }
        auto state = db.prepare("SELECT state, failure FROM media WHERE message_id = ?");
        state.bind(1, messageId);
        state.step();
        const QString mediaState = state.columnText(0);
        if (mediaState != QLatin1String("pending")) {
            // The thread shows the attachment (or why it is missing).
            auto message = m_context.inbox().message(messageId);
            QJsonObject content = message->content;
            content.insert(QStringLiteral("media_state"), mediaState);
            content.insert(QStringLiteral("media_failure"), state.columnText(1));
            content.insert(QStringLiteral("size"), qint64(data.size()));
            db.prepare("UPDATE messages SET content = ? WHERE id = ?")
                .bindAll(api::compactJson(content), messageId)
                .run();
            m_context.inbox().publishMessage(messageId, api::event::MessageChanged);
        }
        transaction.commit();
    }
    m_context.changes().notifyCommitted();
    if (!stored && failure.isEmpty()) {
        QTimer::singleShot(RetryDelayMs, this, &MediaFetcher::kick); // network trouble: come back later
    }
}

} // namespace cb::server
