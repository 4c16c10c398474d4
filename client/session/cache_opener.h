#pragma once

#include "client/session/local_cache.h"
#include "core/store/store_error.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace cb::client {

// Opens the user's cache on a worker thread (issue 22: an existing cache is checked
// page by page before use, about 300 ms at 20,000 conversations, which froze the
// window at every unlock). The opened cache comes back on the owner's thread; its
// connections are then used there only (a Database is used by one thread at a time).
//
// The session may move on while an open runs (signed out, ended by the server,
// wiped): cancel() makes any open under way hand back nothing and close its
// connections itself. cancelAndWait() also waits until they are closed, for a
// caller about to delete the cache's files.
class CacheOpener : public QObject
{
    Q_OBJECT
public:
    // Exactly one of `cache` and `error` is set.
    using Done = std::function<void(std::unique_ptr<LocalCache> cache, const std::optional<store::StoreError> &error)>;

    explicit CacheOpener(QObject *parent = nullptr);
    ~CacheOpener() override;

    // The key is moved to the worker and wiped once the cache is open. An open
    // still under way is cancelled: its `done` is never called.
    void open(const QString &path, crypto::SecretBytes key, Done done);
    void cancel();
    void cancelAndWait();

private:
    struct Outcome
    {
        int generation = 0;
        std::unique_ptr<LocalCache> cache;
        std::optional<store::StoreError> error;
    };
    void deliver(const Done &done);

    QMutex m_mutex; // guards the two below, shared with the worker
    int m_generation = 0;
    std::unique_ptr<Outcome> m_ready; // opened, not yet handed over
    QThreadPool m_pool;               // last: destroyed (and waited for) first
};

} // namespace cb::client
