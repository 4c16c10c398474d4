#include "client/session/local_cache.h"

#include "core/crypto/keyed_hash.h"
#include "core/log/logging.h"
#include "core/store/migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>

namespace cb::client {

namespace {
const store::Migrator &migrator()
{
    static const store::Migrator instance = store::Migrator::fromDirectory(QStringLiteral(":/migrations/client"));
    return instance;
}
} // namespace

LocalCache::LocalCache(store::Database db, store::Database worker, bool recreated)
    : m_db(std::move(db)), m_worker(std::move(worker)), m_recreated(recreated)
{
}

crypto::SecretBytes LocalCache::deriveKey(const crypto::SecretBytes &deviceSecret, const crypto::SecretBytes &serverSecret,
                                          const QString &username)
{
    QByteArray message("carebridge-cache-v1");
    message.append('\0');
    message.append(reinterpret_cast<const char *>(serverSecret.data()), qsizetype(serverSecret.size()));
    message.append(username.toUtf8());
    const QByteArray digest = crypto::keyedHash(deviceSecret, message);
    std::fill(message.begin(), message.end(), '\0');
    return crypto::SecretBytes::copyOf({reinterpret_cast<const unsigned char *>(digest.constData()), std::size_t(digest.size())});
}

QString LocalCache::pathFor(const QString &cacheDir, const QString &username)
{
    return QDir(cacheDir).filePath(username + QStringLiteral(".cache.db"));
}

void LocalCache::remove(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

std::unique_ptr<LocalCache> LocalCache::open(const QString &path, const crypto::SecretBytes &key)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool recreated = false;
    auto openOrCreate = [&]() {
        return store::Database::open(path, key, store::Database::OpenMode::CreateIfMissing);
    };
    store::Database db = [&]() {
        try {
            return openOrCreate();
        } catch (const store::StoreError &error) {
            if (error.kind() != store::StoreError::Kind::WrongKey && error.kind() != store::StoreError::Kind::Damaged &&
                error.kind() != store::StoreError::Kind::Truncated && error.kind() != store::StoreError::Kind::NotEncrypted) {
                throw;
            }
            // Unreadable with today's key: its data is gone for good (it lives on the
            // server); start a fresh cache rather than locking the user out.
            log::logger("store")->warn("local cache unusable ({}); starting a new one", store::StoreError::kindName(error.kind()));
            remove(path);
            recreated = true;
            return openOrCreate();
        }
    }();
    migrator().migrate(db);
    store::Database worker = store::Database::open(path, key, store::Database::OpenMode::Sibling);
    worker.exec("PRAGMA synchronous = NORMAL");
    return std::unique_ptr<LocalCache>(new LocalCache(std::move(db), std::move(worker), recreated));
}

} // namespace cb::client
