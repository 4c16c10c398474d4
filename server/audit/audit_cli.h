#pragma once

#include <QString>

namespace cb::server {

struct ServerConfig;

// `carebridge-server audit verify [--anchor <export>]`: 0 intact, 1 tampered, 2 could not check.
int verifyAuditFromCli(const ServerConfig &config, const QString &anchorExport);
// `carebridge-server audit public-key`: the checkpoints' Ed25519 public key, hex.
int printAuditPublicKey(const ServerConfig &config);

} // namespace cb::server
