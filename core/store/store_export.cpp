#include "core/store/store_export.h"

#include "core/store/database.h"
#include "core/store/paced_writeback.h"
#include "core/store/sqlite_status.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QStringList>

namespace cb::store {

namespace {

// ATTACH … KEY "x'<hex>'": the raw key, bound from locked memory (SQLite copies
// it for the statement's life only) so it never sits in a QString.
void attachEncrypted(Database &db, const QString &path, const crypto::SecretBytes &key, const char *alias)
{
    const crypto::SecretBytes literal = rawKeyLiteral(key);

    const QByteArray sql = QByteArrayLiteral("ATTACH DATABASE ?1 AS ") + alias + " KEY ?2";
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray utf8 = path.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, reinterpret_cast<const char *>(literal.data()), int(literal.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(statement);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        throwSqliteError(db.handle(), rc, "attach");
    }
}

} // namespace

void exportStoreInto(Database &target, const QString &sourcePath, const crypto::SecretBytes &sourceKey,
                     const std::function<void(Database &)> &duringSnapshot)
{
    // The target is a new file nobody else reads until it is whole: written straight
    // into place (no WAL to write it twice, no per-commit fsync, nothing to erase),
    // paced to the disk, made durable once at the end, then back to its own modes.
    const QString journalMode = target.queryText("PRAGMA journal_mode");
    const std::int64_t synchronous = target.queryInt("PRAGMA synchronous");
    target.exec("PRAGMA journal_mode = OFF");
    target.exec("PRAGMA synchronous = OFF");
    target.exec("PRAGMA secure_delete = OFF");
    PacedWriteback writeback(target.handle(), target.path());
    attachEncrypted(target, sourcePath, sourceKey, "source");
    try {
        target.exec("BEGIN");
        // The first read fixes the snapshot every later statement sees.
        const std::int64_t version = target.queryInt("PRAGMA source.user_version");
        target.exec("SELECT sqlcipher_export('main', 'source')");
        target.exec("PRAGMA main.user_version = " + std::to_string(version));
        if (duringSnapshot) {
            duringSnapshot(target);
        }
        target.exec("COMMIT");
    } catch (...) {
        sqlite3_exec(target.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(target.handle(), "DETACH DATABASE source", nullptr, nullptr, nullptr);
        throw;
    }
    target.exec("DETACH DATABASE source");
    writeback.finish();
    target.exec("PRAGMA secure_delete = ON");
    target.exec("PRAGMA synchronous = " + std::to_string(synchronous));
    target.exec("PRAGMA journal_mode = " + journalMode.toStdString());
}

QMap<QString, qint64> countRows(Database &db, const QString &schema)
{
    QStringList tables;
    {
        auto rows = db.prepare(QStringLiteral("SELECT name FROM \"%1\".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                                   .arg(schema)
                                   .toStdString());
        while (rows.step()) {
            tables.append(rows.columnText(0));
        }
    }
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        counts.insert(table, db.queryInt(QStringLiteral("SELECT count(*) FROM \"%1\".\"%2\"").arg(schema, quoted).toStdString()));
    }
    return counts;
}

void makeSingleFile(Database &db)
{
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("PRAGMA journal_mode = DELETE");
}

} // namespace cb::store
