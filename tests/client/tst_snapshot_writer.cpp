#include "client/inbox/inbox_cache.h"
#include "client/inbox/snapshot_writer.h"
#include "client/session/local_cache.h"
#include "core/api/inbox_dto.h"
#include "core/crypto/secret_bytes.h"
#include "core/store/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using cb::client::InboxCache;
using cb::client::InboxView;
using cb::client::SnapshotWriter;

// Issue 22: the snapshot's rows are written on the writer's own thread, through
// the cache's worker connection, in whole slices; the GUI connection reads them
// as they land; closing the cache mid-snapshot waits for the slice under way and
// writes nothing more; a slice that cannot be written is reported, never ignored.
class TestSnapshotWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    std::unique_ptr<cb::client::LocalCache> openCache()
    {
        QByteArray raw(32, '\x3c');
        return cb::client::LocalCache::open(m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_file)),
                                            cb::crypto::SecretBytes::takeFrom(raw));
    }

    // A snapshot page of `count` summaries, ids from `first`, as the server sends them.
    static QJsonArray page(int first, int count)
    {
        QJsonArray rows;
        for (int id = first; id < first + count; ++id) {
            cb::model::Conversation c;
            c.id = id;
            c.contact.id = id;
            c.contact.waId = QStringLiteral("1555%1").arg(id, 7, 10, QLatin1Char('0'));
            c.contact.profileName = QStringLiteral("Patient %1").arg(id);
            c.lastMessageAtMs = 1'000'000 + id;
            c.preview = QStringLiteral("Hello");
            rows.append(cb::api::conversationToJson(c));
        }
        return rows;
    }

    static int rowCount(cb::store::Database &db) { return int(db.queryInt("SELECT count(*) FROM conversations")); }

private slots:
    void rowsAreWrittenOffTheGuiThreadAndReadByIt()
    {
        auto cache = openCache();
        SnapshotWriter writer;
        writer.setDatabase(&cache->workerDatabase());
        QSignalSpy written(&writer, &SnapshotWriter::rowsWritten);
        QSignalSpy drained(&writer, &SnapshotWriter::drained);
        writer.add(page(1, 500), 10);
        writer.add(page(501, 250), 10);
        QVERIFY(!writer.idle());
        QVERIFY(drained.wait(10000));
        QVERIFY(writer.idle());
        QVERIFY(!writer.lostRows());
        QCOMPARE(written.count(), 8); // 5 + 3 slices of at most 100 rows
        QCOMPARE(drained.count(), 1);
        // The GUI thread's own connection sees every row.
        const InboxCache inbox(cache->database());
        QCOMPARE(rowCount(cache->database()), 750);
        QCOMPARE(inbox.conversation(612)->contact.profileName, QStringLiteral("Patient 612"));
        QCOMPARE(inbox.conversations(InboxView::All, 0, QStringLiteral("Patient 612"), 10, 0).size(), 1);
    }

    void anOlderSnapshotNeverOverwritesANewerEvent()
    {
        auto cache = openCache();
        InboxCache inbox(cache->database());
        cb::model::Conversation newer = *cb::api::conversationFromJson(page(7, 1).first().toObject());
        newer.preview = QStringLiteral("From the stream");
        inbox.upsertConversation(newer, 50); // the stream is ahead of the snapshot
        SnapshotWriter writer;
        writer.setDatabase(&cache->workerDatabase());
        QSignalSpy drained(&writer, &SnapshotWriter::drained);
        writer.add(page(1, 20), 40);
        QVERIFY(drained.wait(10000));
        QCOMPARE(rowCount(cache->database()), 20);
        QCOMPARE(inbox.conversation(7)->preview, QStringLiteral("From the stream"));
    }

    void closingMidSnapshotStopsAfterAWholeSlice()
    {
        auto cache = openCache();
        SnapshotWriter writer;
        writer.setDatabase(&cache->workerDatabase());
        QSignalSpy written(&writer, &SnapshotWriter::rowsWritten);
        QSignalSpy drained(&writer, &SnapshotWriter::drained);
        for (int p = 0; p < 40; ++p) {
            writer.add(page(1 + p * 500, 500), 10);
        }
        QVERIFY(written.wait(10000)); // under way
        writer.setDatabase(nullptr);  // the lock: waits for the slice being written
        QVERIFY(writer.idle());
        const int landed = rowCount(cache->database());
        cache.reset(); // the cache closes at once, as a lock does
        QVERIFY(landed > 0);
        QVERIFY2(landed < 20000, qPrintable(QString::number(landed)));
        QCOMPARE(landed % SnapshotWriter::SliceRows, 0); // whole slices only
        QTest::qWait(100); // what the worker had posted is dropped, not delivered
        QCOMPARE(drained.count(), 0);
        writer.add(page(1, 10), 10); // no database: ignored
        QVERIFY(writer.idle());
    }

    void aSliceThatCannotBeWrittenIsReported()
    {
        auto cache = openCache();
        cache->workerDatabase().exec("PRAGMA busy_timeout = 50");
        SnapshotWriter writer;
        writer.setDatabase(&cache->workerDatabase());
        QSignalSpy drained(&writer, &SnapshotWriter::drained);
        {
            cb::store::Transaction held(cache->database()); // the GUI connection holds the write lock
            writer.add(page(1, 100), 10);
            QTest::qWait(300);
        } // rolled back
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 10000);
        QVERIFY(writer.lostRows()); // the cache must not be marked filled
        QCOMPARE(rowCount(cache->database()), 0);
        writer.setDatabase(&cache->workerDatabase()); // the next snapshot starts clean
        QVERIFY(!writer.lostRows());
        writer.add(page(1, 100), 10);
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 2, 10000);
        QVERIFY(!writer.lostRows());
        QCOMPARE(rowCount(cache->database()), 100);
    }
};

QTEST_MAIN(TestSnapshotWriter)
#include "tst_snapshot_writer.moc"
