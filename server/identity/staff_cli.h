#pragma once

#include <QStringList>

namespace cb::server {

struct ServerConfig;

// `carebridge-server user add <username> --display-name "…" --role admin [--role …]`:
// creates a staff user directly in the store (how the first admin is made).
// The password is read from standard input, never from the command line: typed
// twice without echo on a terminal, or one line from a pipe.
int addStaffFromCli(const ServerConfig &config, const QString &username, const QString &displayName,
                    const QStringList &roleNames);

} // namespace cb::server
