#pragma once

#include "server/runtime/worker_pool.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

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
    void stop() { m_workers.stop(); }

    // Seconds a refused caller should wait before trying again.
    int retryAfterSeconds() const { return 2; }

private:
    bool submit(const QString &account, std::function<void()> work, std::function<void()> done);

    Metrics &m_metrics;
    QHash<QString, int> m_perAccount; // application thread only
    WorkerPool m_workers;
};

} // namespace cb::server
