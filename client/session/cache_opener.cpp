#include "client/session/cache_opener.h"

#include "core/log/logging.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace cb::client {

CacheOpener::CacheOpener(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CacheOpener::~CacheOpener()
{
    cancelAndWait();
}

void CacheOpener::open(const QString &path, crypto::SecretBytes key, Done done)
{
    cancel(); // one open at a time: a newer one supersedes it
    int generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = m_generation;
    }
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(key));
    m_pool.start([this, path, secret, generation, done = std::move(done)]() mutable {
        auto outcome = std::make_unique<Outcome>();
        outcome->generation = generation;
        try {
            outcome->cache = LocalCache::open(path, *secret);
        } catch (const store::StoreError &error) {
            log::logger("store")->error("cannot open the local cache: {}", error.what());
            outcome->error = error;
        } catch (const std::exception &error) { // never let it end the process from a worker
            log::logger("store")->error("cannot open the local cache: {}", error.what());
            outcome->error = store::StoreError(store::StoreError::Kind::Io, error.what());
        }
        secret.reset(); // wiped now, not whenever the pool drops this task
        {
            QMutexLocker lock(&m_mutex);
            if (generation != m_generation) {
                return; // cancelled: `outcome` closes its connections here, on this thread
            }
            m_ready = std::move(outcome);
        }
        // cancelAndWait() (and so the destructor) waits for this task: `this` is alive.
        QMetaObject::invokeMethod(this, [this, done] { deliver(done); }, Qt::QueuedConnection);
    });
}

void CacheOpener::deliver(const Done &done)
{
    std::unique_ptr<Outcome> outcome;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_ready || m_ready->generation != m_generation) {
            return; // cancelled after it was posted: cancel() already closed it
        }
        outcome = std::move(m_ready);
    }
    done(std::move(outcome->cache), outcome->error);
}

void CacheOpener::cancel()
{
    std::unique_ptr<Outcome> dropped;
    {
        QMutexLocker lock(&m_mutex);
        ++m_generation;
        dropped = std::move(m_ready);
    }
    // `dropped` closes its connections here, outside the lock.
}

void CacheOpener::cancelAndWait()
{
    cancel();
    m_pool.waitForDone(); // a running open sees the new generation and closes its cache
}

} // namespace cb::client
