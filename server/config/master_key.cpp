#include "server/config/master_key.h"

#include "server/config/owner_only_file.h"

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

namespace {
struct KeptKey
{
    QString path;
    crypto::SecretBytes key;
};
KeptKey &keptKey()
{
    static KeptKey kept;
    return kept;
}
} // namespace

void MasterKey::keepForThisProcess(const QString &path)
{
    crypto::SecretBytes key = load(path);
    keptKey() = {path, std::move(key)};
}

crypto::SecretBytes MasterKey::load(const QString &path)
{
    if (!keptKey().key.isEmpty() && keptKey().path == path) {
        return keptKey().key.clone();
    }
    OwnerOnlyFile file = OwnerOnlyFile::read(path, KeySize);
    errno = file.error;
    switch (file.problem) {
    case OwnerOnlyFile::Problem::None: break;
    case OwnerOnlyFile::Problem::Missing:
    case OwnerOnlyFile::Problem::CannotOpen:
        throw Error(describe("cannot open master key file", path) + " (run 'carebridge-server init' first)");
    case OwnerOnlyFile::Problem::NotOwnerOnly:
        throw Error("master key file " + path.toStdString() + " must be readable by its owner only (chmod 600)");
    case OwnerOnlyFile::Problem::TooLarge: break; // reported below, as a short file is
    case OwnerOnlyFile::Problem::CannotRead: throw Error(describe("cannot read master key file", path));
    }
    if (file.bytes.size() != KeySize) {
        throw Error("master key file " + path.toStdString() + " must hold exactly 32 bytes");
    }
    return std::move(file.bytes);
}

} // namespace cb::server
