#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::Database;
using cb::store::Migrator;
using cb::store::StoreError;

namespace {
QString migrations(const char *set)
{
    return qEnvironmentVariable("CB_TEST_DATA") + QStringLiteral("/migrations/") + QString::fromLatin1(set);
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecretBytes m_key = SecretBytes::random(32);
    Database fresh(const char *name)
    {
        return Database::open(m_dir.filePath(QString::fromLatin1(name)), m_key, Database::OpenMode::CreateIfMissing);
    }

private slots:
    void appliesInOrderAndRecordsVersion()
    {
        Database db = fresh("ordered.db");
        const Migrator migrator = Migrator::fromDirectory(migrations("good"));
        QCOMPARE(migrator.latestVersion(), 2);
        QCOMPARE(migrator.migrate(db), 2);
        QCOMPARE(db.queryInt("PRAGMA user_version"), 2);
        QCOMPARE(db.queryText("SELECT group_concat(name, ',') FROM (SELECT name FROM schema_migrations ORDER BY version)"),
                 QStringLiteral("create_a,add_name"));
        db.exec("INSERT INTO a (name) VALUES ('x')"); // column from migration 2 exists
        QCOMPARE(migrator.migrate(db), 0);            // idempotent
    }

    void appliesOnlyWhatIsMissing()
    {
        Database db = fresh("partial.db");
        Migrator({{1, QStringLiteral("create_a"), "CREATE TABLE a (id INTEGER PRIMARY KEY);"}}).migrate(db);
        QCOMPARE(Migrator::fromDirectory(migrations("good")).migrate(db), 1);
        QCOMPARE(db.queryInt("PRAGMA user_version"), 2);
    }

    void failedMigrationRollsBackCompletely()
    {
        Database db = fresh("broken.db");
        const Migrator migrator = Migrator::fromDirectory(migrations("broken"));
        try {
            migrator.migrate(db);
            QFAIL("a broken migration must throw");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Sql);
            QVERIFY(QByteArray(error.what()).contains("migration 2 (broken)"));
        }
        QCOMPARE(db.queryInt("PRAGMA user_version"), 1); // migration 1 stays applied
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'b'"), 0);
    }

    void refusesGapsAndBadNames()
    {
        QVERIFY_THROWS_EXCEPTION(std::logic_error, Migrator::fromDirectory(migrations("gap")));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, Migrator::fromDirectory(migrations("does-not-exist")));
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 Migrator({{1, QStringLiteral("a"), "SELECT 1"}, {1, QStringLiteral("b"), "SELECT 1"}}));
    }

    void refusesAStoreFromTheFuture()
    {
        Database db = fresh("future.db");
        db.exec("PRAGMA user_version = 9");
        try {
            Migrator::fromDirectory(migrations("good")).migrate(db);
            QFAIL("a newer schema must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::TooNew);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
