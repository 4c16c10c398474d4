#pragma once

#include <QString>

namespace cb::platform {

// fsync a file, or a folder so that a rename or a new entry in it is durable.
// False when the path cannot be opened or the disk refuses.
[[nodiscard]] bool syncToDisk(const QString &path);

} // namespace cb::platform
