#pragma once

#include "core/store/database.h"
#include "server/runtime/worker_pool.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cb::server {

class ServerStore;

// WAL reader connections on threads of their own, for reads large enough to
// hold up the application thread (a 16 MiB photo): they see the last commit
// while the writer goes on committing.
class StoreReaders
{
public:
    StoreReaders(const ServerStore &store, int threads, int queueCapacity);

    // Runs `query` on a reader connection, then `done(result)` on the application
    // thread; if the query throws (or the connection could not open), `failed()`
    // instead. False, and nothing runs, when every place is taken.
    template <typename Result>
    bool read(std::function<Result(store::Database &)> query, std::function<void(Result)> done, std::function<void()> failed)
    {
        auto result = std::make_shared<std::optional<Result>>();
        return m_workers.submit({[this, query = std::move(query), result](int worker) {
                                     if (m_connections[std::size_t(worker)]) {
                                         try {
                                             *result = query(*m_connections[std::size_t(worker)]);
                                         } catch (const std::exception &) {
                                             result->reset();
                                         }
                                     }
                                 },
                                 [done = std::move(done), failed = std::move(failed), result] {
                                     if (*result) {
                                         done(std::move(**result));
                                     } else {
                                         failed();
                                     }
                                 }});
    }

    // Joins the readers and drops queued reads. Idempotent.
    void stop() { m_workers.stop(); }

private:
    std::vector<std::optional<store::Database>> m_connections; // one per reader thread, used only there
    WorkerPool m_workers;
};

} // namespace cb::server
