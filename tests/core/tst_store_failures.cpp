#include "core/store/database.h"
#include "tests/support/test_env.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::Database;
using cb::store::StoreError;
using Kind = cb::store::StoreError::Kind;

// Every way a store file can be wrong gets its own error, the file is left
// exactly as it was, and nothing new is ever created in its place.
class TestStoreFailures : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
    QByteArray m_goodBytes;
    int m_case = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.db").arg(++m_case));
        cb::test::writeFile(path, m_goodBytes);
        return path;
    }

    Kind openFailure(const QString &path, const SecretBytes &key)
    {
        const QByteArray before = cb::test::readFile(path);
        try {
            Database::open(path, key, Database::OpenMode::OpenExisting);
        } catch (const StoreError &error) {
            if (cb::test::readFile(path) != before) {
                qWarning("the failed open changed the file");
                return Kind::Sql;
            }
            if (QFile::exists(path + QStringLiteral("-wal")) && cb::test::readFile(path + QStringLiteral("-wal")).size() > 0) {
                qWarning("the failed open left a WAL behind");
                return Kind::Sql;
            }
            return error.kind();
        }
        qWarning("open unexpectedly succeeded");
        return Kind::Sql;
    }

    void flipByte(const QString &path, qint64 offset)
    {
        QByteArray bytes = cb::test::readFile(path);
        bytes[offset] = char(bytes[offset] ^ 0x5a);
        cb::test::writeFile(path, bytes);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.db"));
        {
            Database db = Database::open(path, m_key, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            auto insert = db.prepare("INSERT INTO notes (body) VALUES (?)");
            for (int i = 0; i < 400; ++i) { // several pages of data
                insert.bind(1, QStringLiteral("note %1 ").arg(i).repeated(8));
                insert.run();
                insert.reset();
            }
        } // closing checkpoints the WAL into the main file
        m_goodBytes = cb::test::readFile(path);
        QVERIFY(m_goodBytes.size() >= 8 * Database::PageSize);
        Database::open(path, m_key, Database::OpenMode::OpenExisting); // sanity: it opens
    }

    void missingFileIsNotFoundAndNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        QVERIFY_THROWS_EXCEPTION(StoreError, Database::open(path, m_key, Database::OpenMode::OpenExisting));
        try {
            Database::open(path, m_key, Database::OpenMode::OpenExisting);
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), Kind::NotFound);
        }
        QVERIFY(!QFile::exists(path));
    }

    void wrongKeyIsWrongKey()
    {
        QCOMPARE(openFailure(freshCopy(), SecretBytes::random(32)), Kind::WrongKey);
    }

    void plaintextSqliteIsRefused()
    {
        // A real plaintext SQLite file, made by the sqlcipher shell without a key.
        const QString path = m_dir.filePath(QStringLiteral("plain.db"));
        QByteArray output;
        QCOMPARE(cb::test::runProgram(QStringLiteral("sqlcipher"), {path}, &output,
                                      "CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('x');\n"),
                 0);
        QVERIFY(cb::test::readFile(path).startsWith("SQLite format 3"));
        QCOMPARE(openFailure(path, m_key), Kind::NotEncrypted);
    }

    void emptyFileIsTruncated()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        cb::test::writeFile(path, {});
        QCOMPARE(openFailure(path, m_key), Kind::Truncated);
    }

    void partialLastPageIsTruncated()
    {
        const QString path = freshCopy();
        cb::test::writeFile(path, m_goodBytes.left(m_goodBytes.size() - 1000));
        QCOMPARE(openFailure(path, m_key), Kind::Truncated);
    }

    void missingWholePagesAreDamaged()
    {
        const QString path = freshCopy();
        cb::test::writeFile(path, m_goodBytes.left(m_goodBytes.size() - 2 * Database::PageSize));
        QCOMPARE(openFailure(path, m_key), Kind::Damaged);
    }

    void flippedByteInADataPageIsDamaged()
    {
        const QString path = freshCopy();
        flipByte(path, 4 * Database::PageSize + 777);
        QCOMPARE(openFailure(path, m_key), Kind::Damaged);
    }

    void flippedByteInTheFirstPageIsDamagedNotWrongKey()
    {
        const QString path = freshCopy();
        flipByte(path, 1500); // past the 16-byte salt, inside page 1's ciphertext
        QCOMPARE(openFailure(path, m_key), Kind::Damaged);
        // The same damaged file with a wrong key is still reported as a wrong key.
        QCOMPARE(openFailure(path, SecretBytes::random(32)), Kind::WrongKey);
    }

    void everyKindHasItsOwnMessage()
    {
        QSet<QString> messages;
        for (Kind kind : {Kind::NotFound, Kind::WrongKey, Kind::NotEncrypted, Kind::Truncated, Kind::Damaged,
                          Kind::TooNew, Kind::OldSqlCipher, Kind::Busy, Kind::Io, Kind::Sql}) {
            const QString message = StoreError(kind, "detail").userMessage();
            QVERIFY(!message.isEmpty());
            QVERIFY2(!message.contains(QLatin1String("detail")), "technical detail must not reach people");
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_store_failures.moc"
