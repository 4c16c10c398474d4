#include "core/platform/sync_to_disk.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace cb::platform {

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace cb::platform
