#pragma once

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cb::server {

// A few threads and a bounded queue for work that must not run on the
// application thread. Each job's `work(worker)` runs on a worker (`worker` is
// that thread's index, for per-thread state such as a connection); its `done()`
// then runs on the thread that built the pool. Full means refused, never queued
// without bound.
class WorkerPool
{
public:
    struct Job
    {
        std::function<void(int worker)> work;
        std::function<void()> done;
    };

    // `setUp(worker)` runs first on each worker thread (lower its priority, open a connection…).
    WorkerPool(int threads, int queueCapacity, std::function<void(int worker)> setUp = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // False when threads + queue are all taken.
    bool submit(Job job);
    // Joins the workers and drops queued jobs and pending completions. Idempotent.
    void stop();
    int queued() const;
    int busy() const;

private:
    void run(int worker);

    const int m_capacity;
    std::function<void(int)> m_setUp;
    std::unique_ptr<QObject> m_home; // where `done` runs
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    int m_outstanding = 0; // queued + running
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace cb::server
