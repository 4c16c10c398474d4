#pragma once

#include "core/crypto/secret_bytes.h"

#include <QString>

#include <stdexcept>

namespace cb::server {

// The server's master key: 32 random bytes in a file only the service user may
// read (mode 0600), or a systemd credential. Store and TOTP keys derive from it.
class MasterKey
{
public:
    class Error : public std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    // Creates the file with O_EXCL: an existing key is never overwritten.
    static void create(const QString &path);
    // Refuses a file that is missing, of the wrong size, or readable by others.
    static crypto::SecretBytes load(const QString &path);
};

} // namespace cb::server
