#pragma once

#include <QJsonArray>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::client {

// Writes the inbox snapshot's pages into the cache off the GUI thread (issue 22:
// 90 ms per 500-row page, 41 pages, on the GUI thread). One worker thread parses
// each page and writes it through the cache's own worker connection, in slices of
// SliceRows, one short transaction each, so the GUI thread's writes (a stream
// event) never wait behind a whole page. The GUI thread keeps reading its own
// connection meanwhile (WAL: readers never wait). Pages land in the order added.
class SnapshotWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int SliceRows = 100;

    explicit SnapshotWriter(QObject *parent = nullptr);
    ~SnapshotWriter() override;

    // The worker's connection (LocalCache::workerDatabase); null (lock, sign-out)
    // drops what is queued and waits for the slice under way before returning, so
    // the caller may close the database right after.
    void setDatabase(store::Database *worker);
    // Queues a page of conversation summaries from a snapshot taken at `seq`.
    void add(const QJsonArray &conversations, std::int64_t seq);
    bool idle() const { return m_queued == 0; }
    // A slice failed to write (disk full, a lock held too long) since setDatabase:
    // the cache is not whole, so it must not be marked filled.
    bool lostRows() const { return m_lostRows; }

signals:
    void rowsWritten(); // some rows are in the cache: repaint
    void drained();     // every page added so far is in the cache

private:
    void pageDone(int generation, const char *error); // error: null, or what failed

    store::Database *m_db = nullptr;
    int m_queued = 0; // pages added and not yet written
    bool m_lostRows = false;
    std::atomic<int> m_generation{0}; // a worker still writing an old generation stops
    QThreadPool m_pool;               // last: destroyed (and waited for) first
};

} // namespace cb::client
