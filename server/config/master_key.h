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
    // After keepForThisProcess(path), answers from locked memory instead.
    static crypto::SecretBytes load(const QString &path);
    // Reads the key once and keeps it (locked memory) for the rest of this
    // process: the CLI run as root reads /etc/carebridge/master.key, then drops
    // to the service user, who could not read it.
    static void keepForThisProcess(const QString &path);
};

} // namespace cb::server
