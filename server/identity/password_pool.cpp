#include "server/identity/password_pool.h"

#include "server/http/metrics.h"

#include <sys/resource.h>
#include <unistd.h>

namespace cb::server {

PasswordPool::PasswordPool(int threads, int queueCapacity, Metrics &metrics)
    : m_metrics(metrics), m_capacity(threads + queueCapacity), m_home(std::make_unique<QObject>())
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] { workerLoop(); });
    }
}

PasswordPool::~PasswordPool()
{
    stop();
}

void PasswordPool::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        thread.join();
    }
    m_threads.clear();
    m_home.reset(); // drops continuations still posted, with what they hold
}

bool PasswordPool::submit(const QString &account, std::function<void()> work, std::function<void()> done)
{
    if (m_perAccount.value(account) >= PerAccount) {
        m_metrics.hashingRefused.fetch_add(1);
        return false;
    }
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_outstanding >= m_capacity) {
            m_metrics.hashingRefused.fetch_add(1);
            return false;
        }
        ++m_outstanding;
        m_queue.push_back({account, std::move(work), std::move(done)});
        m_metrics.hashingQueued.store(qint64(m_queue.size()));
    }
    ++m_perAccount[account];
    m_wake.notify_one();
    return true;
}

void PasswordPool::workerLoop()
{
    // Below the I/O and application threads: a burst of sign-ins waits, webhooks do not.
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_metrics.hashingQueued.store(qint64(m_queue.size()));
        }
        m_metrics.hashingBusy.fetch_add(1);
        job.work();
        m_metrics.hashingBusy.fetch_sub(1);
        {
            const std::lock_guard lock(m_mutex);
            --m_outstanding;
        }
        QMetaObject::invokeMethod(
            m_home.get(), // still there: stop() joins this thread before resetting it
            [this, account = job.account, done = std::move(job.done)] {
                finished(account);
                done();
            },
            Qt::QueuedConnection);
    }
}

void PasswordPool::finished(const QString &account)
{
    if (auto found = m_perAccount.find(account); found != m_perAccount.end() && --found.value() <= 0) {
        m_perAccount.erase(found);
    }
}

} // namespace cb::server
