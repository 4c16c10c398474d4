#include "server/config/owner_only_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace cb::server {

OwnerOnlyFile OwnerOnlyFile::read(const QString &path, std::size_t maxBytes)
{
    OwnerOnlyFile file;
    const int fd = ::open(path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        file.error = errno;
        file.problem = errno == ENOENT ? Problem::Missing : Problem::CannotOpen;
        return file;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        file.problem = Problem::NotOwnerOnly;
    } else if (static_cast<std::size_t>(info.st_size) > maxBytes) {
        file.problem = Problem::TooLarge;
    } else {
        file.bytes = crypto::SecretBytes(static_cast<std::size_t>(info.st_size));
        std::size_t got = 0;
        while (got < file.bytes.size()) {
            const ssize_t n = ::read(fd, file.bytes.data() + got, file.bytes.size() - got);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                file.error = n < 0 ? errno : 0;
                file.problem = Problem::CannotRead;
                file.bytes = {};
                break;
            }
            got += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
    return file;
}

} // namespace cb::server
