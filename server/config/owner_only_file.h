#pragma once

#include "core/crypto/secret_bytes.h"

#include <QString>

namespace cb::server {

// A secret file the server reads at start-up (master key, WhatsApp credentials).
// It is opened first and then checked with fstat, so the file whose permissions
// were checked is the file that is read; the bytes go straight into locked memory.
struct OwnerOnlyFile
{
    enum class Problem { None, Missing, CannotOpen, NotOwnerOnly, TooLarge, CannotRead };
    Problem problem = Problem::None;
    int error = 0; // errno for Missing, CannotOpen and CannotRead
    crypto::SecretBytes bytes;

    static OwnerOnlyFile read(const QString &path, std::size_t maxBytes);
};

} // namespace cb::server
