#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <cstdint>

namespace cb::server {

// One signed statement: "audit event `seq` had hash `hash`", signed at `atMs`.
struct AuditCheckpoint
{
    std::int64_t seq = 0;
    QByteArray hash;
    std::int64_t atMs = 0;
    QByteArray signature;
};

// Ed25519 keys for the audit checkpoints, from a seed (subkey 9 of the master key).
// The secret key lives in locked memory and is wiped with this object.
class CheckpointSigner
{
public:
    explicit CheckpointSigner(const crypto::SecretBytes &seed);

    QByteArray publicKey() const { return m_publicKey; }
    AuditCheckpoint sign(std::int64_t seq, const QByteArray &hash, std::int64_t atMs) const;
    // Any other signed statement (a backup's manifest); the caller puts a context of its own in `message`.
    QByteArray signDetached(const QByteArray &message) const;
    static bool verifyDetached(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // Whether `checkpoint` was signed by the holder of `publicKey`.
    static bool verify(const QByteArray &publicKey, const AuditCheckpoint &checkpoint);

private:
    crypto::SecretBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace cb::server
