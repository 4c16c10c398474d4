#pragma once

#include <QString>

namespace cb::server {

struct ServerConfig;

// `carebridge-server backup [--to DIR] [--keep N]`: exit 0 when the new backup
// verified, 1 otherwise.
int backupFromCli(const ServerConfig &config, const QString &configPath, const QString &parentDir, int keep);
// `backup verify DIR`: 0 whole, 1 refused (tampered, truncated, another server's), 2 could not check.
int verifyBackupFromCli(const ServerConfig &config, const QString &folder);
// `restore --from DIR --to DATA_DIR`, or with --drill (no --to): 0 done, 1 refused or failed.
int restoreFromCli(const ServerConfig &config, const QString &from, const QString &dataDir, bool drill);

} // namespace cb::server
