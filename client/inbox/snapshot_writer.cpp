#include "client/inbox/snapshot_writer.h"

#include "client/inbox/inbox_cache.h"
#include "core/log/logging.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonObject>
#include <QMetaObject>

namespace cb::client {

SnapshotWriter::SnapshotWriter(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one writer, pages in order
}

SnapshotWriter::~SnapshotWriter()
{
    setDatabase(nullptr);
}

void SnapshotWriter::setDatabase(store::Database *worker)
{
    ++m_generation;
    m_pool.clear();       // pages not started
    m_pool.waitForDone(); // the page under way stops after its current slice
    m_db = worker;
    m_queued = 0;
    m_lostRows = false;
}

void SnapshotWriter::add(const QJsonArray &conversations, std::int64_t seq)
{
    if (!m_db) {
        return;
    }
    ++m_queued;
    store::Database *db = m_db;
    const int generation = m_generation;
    m_pool.start([this, db, conversations, seq, generation] {
        QList<InboxCache::PreparedConversation> rows;
        rows.reserve(conversations.size());
        for (const QJsonValue &value : conversations) {
            rows.append(InboxCache::prepare(value.toObject()));
        }
        InboxCache cache(*db);
        const char *error = nullptr; // a StoreError's kind name: a static string
        for (qsizetype from = 0; from < rows.size(); from += SliceRows) {
            if (m_generation != generation) {
                return; // the cache is closing: setDatabase() waits for this return
            }
            try {
                store::Transaction transaction(*db);
                cache.upsertConversations(rows.mid(from, SliceRows), seq);
                transaction.commit();
            } catch (const store::StoreError &failure) {
                error = store::StoreError::kindName(failure.kind());
                break;
            }
            QMetaObject::invokeMethod(
                this, [this, generation] { if (m_generation == generation) emit rowsWritten(); }, Qt::QueuedConnection);
        }
        // Back on the GUI thread; setDatabase() and the destructor wait for this
        // task, so `this` is alive when it is posted.
        QMetaObject::invokeMethod(this, [this, generation, error] { pageDone(generation, error); }, Qt::QueuedConnection);
    });
}

void SnapshotWriter::pageDone(int generation, const char *error)
{
    if (generation != m_generation) {
        return;
    }
    if (error) {
        log::logger("store")->error("snapshot rows not written to the cache ({})", error);
        m_lostRows = true;
    }
    if (--m_queued == 0) {
        emit drained();
    }
}

} // namespace cb::client
