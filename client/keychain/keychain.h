#pragma once

#include "core/crypto/secret_bytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cb::client {

// Where the desktop keeps its device secret: the OS keychain, behind a small
// interface so the cache code does not care which keychain it is.
class Keychain
{
public:
    enum class Status { Ok, NotFound, NoBackend, AccessDenied, Failed };
    struct Result
    {
        Status status = Status::Failed;
        crypto::SecretBytes secret; // filled by a successful read
        QString message;            // translated, for a person; empty on success
    };
    using Callback = std::function<void(Result)>;

    virtual ~Keychain() = default;
    virtual void readSecret(const QString &key, Callback done) = 0;
    virtual void writeSecret(const QString &key, const crypto::SecretBytes &secret, Callback done) = 0;
    virtual void deleteSecret(const QString &key, Callback done) = 0;
};

} // namespace cb::client
