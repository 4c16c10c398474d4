#include "server/runtime/worker_pool.h"

namespace cb::server {

WorkerPool::WorkerPool(int threads, int queueCapacity, std::function<void(int worker)> setUp)
    : m_capacity(threads + queueCapacity), m_setUp(std::move(setUp)), m_home(std::make_unique<QObject>())
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this, i] { run(i); });
    }
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::stop()
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
    m_home.reset(); // drops completions still posted, with what they hold
}

bool WorkerPool::submit(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_outstanding >= m_capacity) {
            return false;
        }
        ++m_outstanding;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

int WorkerPool::queued() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

int WorkerPool::busy() const
{
    const std::lock_guard lock(m_mutex);
    return m_running;
}

void WorkerPool::run(int worker)
{
    if (m_setUp) {
        m_setUp(worker);
    }
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
            ++m_running;
        }
        job.work(worker);
        {
            const std::lock_guard lock(m_mutex);
            --m_running;
            --m_outstanding;
        }
        // m_home is still there: stop() joins this thread before resetting it.
        QMetaObject::invokeMethod(m_home.get(), std::move(job.done), Qt::QueuedConnection);
    }
}

} // namespace cb::server
