#pragma once

#include "client/inbox/inbox_cache.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QThreadPool>

#include <functional>

namespace cb::client {

// Writes the inbox snapshot's pages into the cache without stalling the GUI
// thread (issue 22: 90 ms per 500-row page, 41 pages, on the GUI thread). Each
// page's rows are parsed and serialized on a worker thread (no database there);
// the GUI thread then writes them in slices small enough to keep keys and paint
// flowing, one short transaction each. Pages land in the order they were added.
class SnapshotWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int SliceRows = 100;

    explicit SnapshotWriter(QObject *parent = nullptr);
    ~SnapshotWriter() override;

    // The cache to write into; null (lock, sign-out) drops whatever is queued.
    void setCache(InboxCache *cache,
                  std::function<void(const std::function<void()> &)> inTransaction);
    // Queues a page of conversation summaries from a snapshot taken at `seq`.
    void add(const QJsonArray &conversations, std::int64_t seq);
    bool idle() const { return m_pages.isEmpty() && !m_parsing && m_parsed.isEmpty(); }

signals:
    void rowsWritten(); // some rows are in the cache: repaint
    void drained();     // every page added so far is in the cache

private:
    struct Page
    {
        QJsonArray conversations;
        std::int64_t seq = 0;
    };
    struct Parsed
    {
        QList<InboxCache::PreparedConversation> rows;
        std::int64_t seq = 0;
    };
    void parseNext();
    void writeSlice();

    InboxCache *m_cache = nullptr;
    std::function<void(const std::function<void()> &)> m_inTransaction;
    QQueue<Page> m_pages;
    bool m_parsing = false;  // one page at a time on the worker
    QQueue<Parsed> m_parsed; // parsed, waiting for (or being) written
    bool m_writing = false;  // a chain of slices is under way
    int m_generation = 0;    // a parse started before setCache(nullptr) is dropped
    QThreadPool m_pool;      // last: destroyed (and waited for) first
};

} // namespace cb::client
