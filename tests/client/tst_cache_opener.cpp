#include "client/session/cache_opener.h"
#include "client/session/local_cache.h"
#include "core/crypto/secret_bytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using cb::client::CacheOpener;
using cb::client::LocalCache;

// Issue 22: the cache is opened (and checked page by page) on a worker thread, and
// handed back on the thread that asked. An open the session no longer wants (signed
// out, wiped) hands back nothing and leaves no connection to the file behind.
class TestCacheOpener : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static cb::crypto::SecretBytes key()
    {
        QByteArray raw(32, '\x5a');
        return cb::crypto::SecretBytes::takeFrom(raw);
    }

    // How many of this process's open files are `path` or its WAL companions.
    static int descriptorsTo(const QString &path)
    {
        const QString target = QFileInfo(path).absoluteFilePath();
        int count = 0;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            if (QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(target)) {
                ++count;
            }
        }
        return count;
    }

    struct Handed
    {
        int calls = 0;
        std::unique_ptr<LocalCache> cache;
        std::optional<cb::store::StoreError> error;
        QThread *thread = nullptr;
    };
    static CacheOpener::Done recordInto(Handed &handed)
    {
        return [&handed](std::unique_ptr<LocalCache> cache, const std::optional<cb::store::StoreError> &error) {
            ++handed.calls;
            handed.cache = std::move(cache);
            handed.error = error;
            handed.thread = QThread::currentThread();
        };
    }

private slots:
    void anExistingCacheComesBackOnTheThreadThatAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.cache.db"));
        LocalCache::open(path, key())->database().exec("INSERT INTO cache_info VALUES ('canary', 'kept')");
        QCOMPARE(descriptorsTo(path), 0);

        CacheOpener opener;
        Handed handed;
        opener.open(path, key(), recordInto(handed));
        QCOMPARE(handed.calls, 0); // never inside open(): the check runs elsewhere
        QTRY_COMPARE(handed.calls, 1);
        QCOMPARE(handed.thread, QThread::currentThread());
        QVERIFY(!handed.error);
        QVERIFY(handed.cache);
        QVERIFY(!handed.cache->recreated());
        QCOMPARE(handed.cache->database().queryText("SELECT value FROM cache_info WHERE key = 'canary'"),
                 QStringLiteral("kept"));
    }

    void aCancelledOpenHandsBackNothingAndLeavesTheFileClosed()
    {
        const QString path = m_dir.filePath(QStringLiteral("wiped.cache.db"));
        LocalCache::open(path, key());
        CacheOpener opener;
        Handed handed;
        opener.open(path, key(), recordInto(handed));
        opener.cancelAndWait(); // a wipe: the files go right after this
        QCOMPARE(descriptorsTo(path), 0);
        LocalCache::remove(path);
        QTest::qWait(200); // anything posted back would land now
        QCOMPARE(handed.calls, 0);
        QVERIFY(!QFile::exists(path));
    }

    // The open finished and its cache is on its way back when the session moves on.
    void anOpenCancelledOnItsWayBackIsClosedAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("late.cache.db"));
        LocalCache::open(path, key());
        CacheOpener opener;
        Handed handed;
        opener.open(path, key(), recordInto(handed));
        // No events are processed here (no QTRY): its answer waits in the queue.
        for (int i = 0; i < 500 && descriptorsTo(path) == 0; ++i) {
            QTest::qSleep(10);
        }
        QVERIFY(descriptorsTo(path) > 0); // the worker has it open
        QTest::qSleep(500);               // and has finished with it
        QCOMPARE(handed.calls, 0);
        opener.cancel();
        QCOMPARE(descriptorsTo(path), 0);
        QTest::qWait(200);
        QCOMPARE(handed.calls, 0);
    }

    void aNewerOpenSupersedesTheOneUnderWay()
    {
        CacheOpener opener;
        Handed first;
        Handed second;
        opener.open(m_dir.filePath(QStringLiteral("first.cache.db")), key(), recordInto(first));
        opener.open(m_dir.filePath(QStringLiteral("second.cache.db")), key(), recordInto(second));
        QTRY_COMPARE(second.calls, 1);
        QVERIFY(second.cache);
        QTest::qWait(200);
        QCOMPARE(first.calls, 0);
    }

    void aFailureComesBackAsAStoreErrorWithoutACache()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CacheOpener opener;
        Handed handed;
        opener.open(m_dir.filePath(QStringLiteral("not-a-folder/user.cache.db")), key(), recordInto(handed));
        QTRY_COMPARE(handed.calls, 1);
        QVERIFY(!handed.cache);
        QVERIFY(handed.error);
        QVERIFY(!handed.error->userMessage().isEmpty());
    }

    void destroyingTheOpenerWaitsForItsWorker()
    {
        const QString path = m_dir.filePath(QStringLiteral("closing.cache.db"));
        LocalCache::open(path, key());
        Handed handed;
        {
            CacheOpener opener;
            opener.open(path, key(), recordInto(handed));
        }
        QCOMPARE(descriptorsTo(path), 0);
        QTest::qWait(200);
        QCOMPARE(handed.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheOpener)
#include "tst_cache_opener.moc"
