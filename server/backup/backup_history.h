#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace cb::crypto {
class SecretBytes;
}
namespace cb::store {
class Database;
}

namespace cb::server {

struct ServerConfig;

// One verified backup or restore drill, as the admin console shows it.
struct BackupRun
{
    enum class Kind { Backup, Drill };
    Kind kind = Kind::Backup;
    QString name;          // the backup folder's name
    std::int64_t atMs = 0;
    double seconds = 0;
    qint64 bytes = 0;
    bool verified = false;
};

// Writes the run into the live store (the server may be serving it: this is a
// second connection, in its own transaction) with its audit event,
// backup.created or backup.drill.
void recordBackupRun(const ServerConfig &config, const crypto::SecretBytes &masterKey, const BackupRun &run);

// The newest verified run of a kind, for the admin console.
std::optional<BackupRun> lastBackupRun(store::Database &db, BackupRun::Kind kind);

} // namespace cb::server
