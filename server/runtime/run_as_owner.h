#pragma once

#include <QString>

namespace cb::server {

// When run as root, becomes the user who owns `dataDir` (the service's own
// user, `carebridge`), so every file the command makes belongs to the service.
// No-op when not root, or when root owns the folder. Returns an error sentence,
// empty on success.
QString runAsOwnerOf(const QString &dataDir);

} // namespace cb::server
