#include "server/master_key.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cb::server {

namespace {
constexpr std::size_t KeySize = 32;

std::string describe(const char *what, const QString &path)
{
    return std::string(what) + " " + path.toStdString() + ": " + std::strerror(errno);
}

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}
} // namespace

void MasterKey::create(const QString &path)
{
    const crypto::SecretBytes key = crypto::SecretBytes::random(KeySize);
    const int fd = ::open(path.toUtf8().constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw Error(errno == EEXIST ? "a master key already exists at " + path.toStdString() +
                                          " (refusing to overwrite it)"
                                    : describe("cannot create master key file", path));
    }
    const bool ok = writeAll(fd, key.data(), key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.toUtf8().constData());
        throw Error(describe("cannot write master key file", path));
    }
}

crypto::SecretBytes MasterKey::load(const QString &path)
{
    const int fd = ::open(path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(describe("cannot open master key file", path) +
                    " (run 'carebridge-server init' first)");
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        throw Error("master key file " + path.toStdString() +
                    " must be readable by its owner only (chmod 600)");
    }
    if (static_cast<std::size_t>(info.st_size) != KeySize) {
        ::close(fd);
        throw Error("master key file " + path.toStdString() + " must hold exactly 32 bytes");
    }
    crypto::SecretBytes key(KeySize);
    const ssize_t got = ::read(fd, key.data(), key.size());
    ::close(fd);
    if (got != static_cast<ssize_t>(KeySize)) {
        throw Error(describe("cannot read master key file", path));
    }
    return key;
}

} // namespace cb::server
