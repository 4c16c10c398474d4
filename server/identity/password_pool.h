#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cb::server {

struct Metrics;

// Argon2id costs hundreds of milliseconds and 256 MiB per hash, so password
// work runs here, on a few low-priority threads, never on the application
// thread that answers webhooks and the event stream. The pool is bounded twice:
// in total (threads + queue) and per account, so one burst or one attacker on
// one username cannot take every place. A caller that finds no place answers
// 503 with Retry-After.
class PasswordPool
{
public:
    static constexpr int PerAccount = 2;

    PasswordPool(int threads, int queueCapacity, Metrics &metrics);
    ~PasswordPool();
    PasswordPool(const PasswordPool &) = delete;
    PasswordPool &operator=(const PasswordPool &) = delete;

    // Runs `work` on a worker, then `done(result)` on the thread that called run()
    // (the application thread). False, and nothing runs, when there is no place.
    template <typename Result>
    bool run(const QString &account, std::function<Result()> work, std::function<void(Result)> done)
    {
        auto result = std::make_shared<Result>();
        return submit(
            account, [work = std::move(work), result] { *result = work(); },
            [done = std::move(done), result] { done(std::move(*result)); });
    }

    // Joins the workers and drops queued work (its responders answer 500). Idempotent.
    void stop();

    // Seconds a refused caller should wait before trying again.
    int retryAfterSeconds() const { return 2; }

private:
    struct Job
    {
        QString account;
        std::function<void()> work;
        std::function<void()> done;
    };

    bool submit(const QString &account, std::function<void()> work, std::function<void()> done);
    void workerLoop();
    void finished(const QString &account);

    Metrics &m_metrics;
    const int m_capacity;
    QHash<QString, int> m_perAccount; // application thread only
    std::unique_ptr<QObject> m_home;  // where `done` runs
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    int m_outstanding = 0; // queued + running, under m_mutex
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace cb::server
