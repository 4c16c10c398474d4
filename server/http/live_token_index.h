#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace cb::server::http {

// The keyed hashes of the tokens that may still be live (staff sessions, or
// verified portal sessions), readable from the edge's I/O threads. The edge
// asks it at header time whether a request carries credentials worth a large
// body; the application thread still makes the real check. An entry leaves
// when its session ends or its absolute lifetime passes, so the index holds
// at most the sessions begun within one lifetime.
class LiveTokenIndex
{
public:
    // `prefix` goes before the token in the hash, as the owner stores it.
    explicit LiveTokenIndex(crypto::SecretBytes hashKey, QByteArray prefix = {})
        : m_key(std::move(hashKey)), m_prefix(std::move(prefix))
    {
    }

    // The keyed hash the owner stores for a token (BLAKE2b-256 keyed).
    QByteArray hashOf(const QByteArray &token) const;

    void add(const QByteArray &tokenHash, std::int64_t expiresAtMs, std::int64_t nowMs);
    void remove(const QByteArray &tokenHash);
    // Thread-safe: a token whose hash is in the index and not yet expired.
    bool mayBeLive(const QByteArray &token, std::int64_t nowMs) const;

private:
    crypto::SecretBytes m_key;
    QByteArray m_prefix;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, std::int64_t> m_expiry; // hash -> absolute expiry (ms)
    std::size_t m_addsSincePrune = 0;
};

} // namespace cb::server::http
