#include "server/http/live_token_index.h"

#include "core/crypto/keyed_hash.h"

#include <iterator>

namespace cb::server::http {

namespace {
std::string keyOf(const QByteArray &hash)
{
    return std::string(hash.constData(), std::size_t(hash.size()));
}
} // namespace

QByteArray LiveTokenIndex::hashOf(const QByteArray &token) const
{
    return crypto::keyedHash(m_key, m_prefix + token);
}

void LiveTokenIndex::add(const QByteArray &tokenHash, std::int64_t expiresAtMs, std::int64_t nowMs)
{
    const std::lock_guard lock(m_mutex);
    m_expiry[keyOf(tokenHash)] = expiresAtMs;
    // Sessions that simply expire are never ended explicitly: sweep them now
    // and then (amortised, so the index stays linear in live sessions).
    if (++m_addsSincePrune >= 64 && m_addsSincePrune >= m_expiry.size() / 2) {
        m_addsSincePrune = 0;
        for (auto it = m_expiry.begin(); it != m_expiry.end();) {
            it = it->second <= nowMs ? m_expiry.erase(it) : std::next(it);
        }
    }
}

void LiveTokenIndex::remove(const QByteArray &tokenHash)
{
    const std::lock_guard lock(m_mutex);
    m_expiry.erase(keyOf(tokenHash));
}

bool LiveTokenIndex::mayBeLive(const QByteArray &token, std::int64_t nowMs) const
{
    if (token.isEmpty() || token.size() > 256) {
        return false;
    }
    const std::string hash = keyOf(hashOf(token));
    const std::lock_guard lock(m_mutex);
    const auto found = m_expiry.find(hash);
    return found != m_expiry.end() && found->second > nowMs;
}

} // namespace cb::server::http
