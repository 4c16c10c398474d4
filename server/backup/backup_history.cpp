#include "server/backup/backup_history.h"

#include "core/audit/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/backup/backup_keys.h"
#include "server/config/server_config.h"

#include <QJsonObject>

namespace cb::server {

namespace {
const char *kindName(BackupRun::Kind kind)
{
    return kind == BackupRun::Kind::Drill ? "drill" : "backup";
}
} // namespace

void recordBackupRun(const ServerConfig &config, const crypto::SecretBytes &masterKey, const BackupRun &run)
{
    const BackupKeys keys(masterKey);
    store::Database db = store::Database::open(config.storePath(), keys.liveStoreKey(), store::Database::OpenMode::Alongside);
    store::Transaction transaction(db);
    db.prepare("INSERT INTO backup_runs (kind, name, at_ms, seconds, bytes, verified) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(QString::fromLatin1(kindName(run.kind)), run.name, run.atMs, run.seconds, std::int64_t(run.bytes),
                 std::int64_t(run.verified ? 1 : 0))
        .run();
    audit::AuditLog(db, keys.auditKey())
        .append({0, run.atMs, QStringLiteral("cli"),
                 run.kind == BackupRun::Kind::Drill ? QStringLiteral("backup.drill") : QStringLiteral("backup.created"),
                 QStringLiteral("backup:") + run.name,
                 QJsonObject{{QStringLiteral("milliseconds"), qint64(run.seconds * 1000)},
                             {QStringLiteral("bytes"), run.bytes},
                             {QStringLiteral("verified"), run.verified}}});
    transaction.commit();
}

std::optional<BackupRun> lastBackupRun(store::Database &db, BackupRun::Kind kind)
{
    auto row = db.prepare("SELECT name, at_ms, seconds, bytes FROM backup_runs WHERE kind = ? AND verified = 1 "
                          "ORDER BY at_ms DESC, id DESC LIMIT 1");
    row.bind(1, QString::fromLatin1(kindName(kind)));
    if (!row.step()) {
        return std::nullopt;
    }
    return BackupRun{kind, row.columnText(0), row.columnInt64(1), row.columnDouble(2), row.columnInt64(3), true};
}

} // namespace cb::server
