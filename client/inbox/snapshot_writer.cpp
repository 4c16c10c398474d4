#include "client/inbox/snapshot_writer.h"

#include <QJsonObject>
#include <QMetaObject>
#include <QTimer>

namespace cb::client {

SnapshotWriter::SnapshotWriter(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SnapshotWriter::~SnapshotWriter()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void SnapshotWriter::setCache(InboxCache *cache,
                              std::function<void(const std::function<void()> &)> inTransaction)
{
    m_cache = cache;
    m_inTransaction = std::move(inTransaction);
    if (!cache) {
        ++m_generation;
        m_pages.clear();
        m_parsed.clear();
        m_parsing = false;
        m_writing = false;
    }
}

void SnapshotWriter::add(const QJsonArray &conversations, std::int64_t seq)
{
    if (!m_cache) {
        return;
    }
    m_pages.enqueue({conversations, seq});
    parseNext();
}

void SnapshotWriter::parseNext()
{
    if (m_parsing || m_pages.isEmpty() || !m_cache) {
        return;
    }
    m_parsing = true;
    const Page page = m_pages.dequeue();
    const int generation = m_generation;
    m_pool.start([this, page, generation] {
        QList<InboxCache::PreparedConversation> rows;
        rows.reserve(page.conversations.size());
        for (const QJsonValue &value : page.conversations) {
            rows.append(InboxCache::prepare(value.toObject()));
        }
        // Back on the GUI thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), seq = page.seq, generation]() mutable {
                if (generation != m_generation) {
                    return;
                }
                m_parsing = false;
                m_parsed.enqueue({std::move(rows), seq});
                parseNext(); // the worker parses the next page while this one is written
                if (!m_writing) {
                    writeSlice();
                }
            },
            Qt::QueuedConnection);
    });
}

void SnapshotWriter::writeSlice()
{
    if (!m_cache || m_parsed.isEmpty()) {
        m_writing = false;
        if (m_cache && idle()) {
            emit drained();
        }
        return;
    }
    m_writing = true;
    Parsed &page = m_parsed.head();
    const QList<InboxCache::PreparedConversation> slice = page.rows.mid(0, SliceRows);
    page.rows.remove(0, slice.size());
    const std::int64_t seq = page.seq;
    if (page.rows.isEmpty()) {
        m_parsed.dequeue();
    }
    m_inTransaction([&] { m_cache->upsertConversations(slice, seq); });
    emit rowsWritten();
    QTimer::singleShot(0, this, &SnapshotWriter::writeSlice); // keys and paint go in between slices
}

} // namespace cb::client
