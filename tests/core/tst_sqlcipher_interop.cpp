#include "core/store/database.h"
#include "tests/support/test_env.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::Database;

// Our files are standard SQLCipher 4: Debian's sqlcipher shell opens them with
// the raw key, and we open what the shell writes.
class TestSqlCipherInterop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);

    QByteArray keyPragma()
    {
        const SecretBytes hex = m_key.toHex();
        return "PRAGMA key = \"x'" + QByteArray(reinterpret_cast<const char *>(hex.data()), qsizetype(hex.size())) +
               "'\";\n";
    }

private slots:
    void shellReadsWhatWeWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("ours.db"));
        {
            Database db = Database::open(path, m_key, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('written by carebridge')");
        }
        QByteArray output;
        QCOMPARE(cb::test::runProgram(QStringLiteral("sqlcipher"), {path}, &output,
                                      keyPragma() + "SELECT v FROM t;\n"),
                 0);
        QVERIFY2(output.contains("written by carebridge"), output.constData());
    }

    void shellCannotReadWithoutTheKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("ours.db"));
        QByteArray output;
        cb::test::runProgram(QStringLiteral("sqlcipher"), {path}, &output, "SELECT v FROM t;\n");
        QVERIFY(!output.contains("written by carebridge"));
        QVERIFY2(output.contains("file is not a database"), output.constData());
    }

    void weReadWhatTheShellWrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("shell.db"));
        QByteArray output;
        QCOMPARE(cb::test::runProgram(QStringLiteral("sqlcipher"), {path}, &output,
                                      keyPragma() + "CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('written by the shell');\n"),
                 0);
        Database db = Database::open(path, m_key, Database::OpenMode::OpenExisting);
        QCOMPARE(db.queryText("SELECT v FROM t"), QStringLiteral("written by the shell"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherInterop)
#include "tst_sqlcipher_interop.moc"
