#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

namespace cb::crypto {

// BLAKE2b-256 keyed with a secret: how we store lookup values such as session
// tokens, so the database never holds the token itself.
QByteArray keyedHash(const SecretBytes &key, const QByteArray &message);

// HMAC-SHA-256, the construction Meta uses for X-Hub-Signature-256.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

// Plain SHA-256: how Meta fingerprints media (checked after download).
QByteArray sha256(const QByteArray &data);

// Constant-time equality for MACs and hashes; different sizes are unequal.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace cb::crypto
