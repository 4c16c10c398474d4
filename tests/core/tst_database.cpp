#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::Database;
using cb::store::StoreError;
using cb::store::Transaction;

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void linksSqlCipher46OrNewer()
    {
        const QString version = cb::store::sqlCipherVersion();
        QVERIFY2(version.startsWith(QLatin1String("4.")), qPrintable(version));
        QVERIFY(version.section(QLatin1Char('.'), 1, 1).toInt() >= 6);
        cb::store::requireSqlCipher4(); // must not throw
    }

    void createsWithWalForeignKeysAndSecureDefaults()
    {
        const SecretBytes key = SecretBytes::random(32);
        Database db = Database::open(path("new.db"), key, Database::OpenMode::CreateIfMissing);
        QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryInt("PRAGMA temp_store"), 2); // MEMORY
        QCOMPARE(db.queryInt("PRAGMA secure_delete"), 1);
        QCOMPARE(db.queryInt("PRAGMA cipher_page_size"), 4096);
        QVERIFY(db.queryText("PRAGMA cipher_hmac_algorithm").contains(QLatin1String("SHA512")));
        QVERIFY(db.queryInt("SELECT count(*) FROM pragma_compile_options WHERE compile_options = 'ENABLE_FTS5'") == 1);
    }

    void statementsBindAndReadEveryType()
    {
        Database db = Database::open(path("types.db"), SecretBytes::random(32), Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
        db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            .bind(1, std::int64_t(1) << 40)
            .bind(2, 2.5)
            .bind(3, QStringLiteral("mañana ✓"))
            .bindBlob(4, QByteArray("\x00\x01\xff", 3))
            .bindNull(5)
            .run();
        QCOMPARE(db.changes(), 1);
        QCOMPARE(db.lastInsertRowId(), 1);
        auto row = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(row.step());
        QCOMPARE(row.columnInt64(0), std::int64_t(1) << 40);
        QCOMPARE(row.columnDouble(1), 2.5);
        QCOMPARE(row.columnText(2), QStringLiteral("mañana ✓"));
        QCOMPARE(row.columnBlob(3), QByteArray("\x00\x01\xff", 3));
        QVERIFY(row.isNull(4));
        QVERIFY(!row.step());
    }

    void sqlErrorsAreStoreErrors()
    {
        Database db = Database::open(path("errors.db"), SecretBytes::random(32), Database::OpenMode::CreateIfMissing);
        try {
            db.exec("SELEKT nonsense");
            QFAIL("bad SQL must throw");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Sql);
        }
        db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
        db.exec("CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id))");
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("INSERT INTO child VALUES (42)")); // FK enforced
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = Database::open(path("tx.db"), SecretBytes::random(32), Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE t (v INTEGER)");
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
        } // destroyed without commit
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
        try {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (2)");
            throw std::runtime_error("simulated failure mid-change");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (3)");
            transaction.commit();
        }
        QCOMPARE(db.queryInt("SELECT v FROM t"), 3);
    }

    void reopensWithTheSameKey()
    {
        const SecretBytes key = SecretBytes::random(32);
        {
            Database db = Database::open(path("reopen.db"), key, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept')");
        }
        Database db = Database::open(path("reopen.db"), key, Database::OpenMode::OpenExisting);
        QCOMPARE(db.queryText("SELECT v FROM t"), QStringLiteral("kept"));
    }

    void rejectsKeysOfTheWrongSize()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Database::open(path("short.db"), SecretBytes::random(16),
                                                Database::OpenMode::CreateIfMissing));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
