#include "core/crypto/password_hash.h"

#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <QList>

#include <stdexcept>

namespace cb::crypto {

PasswordHash::Cost PasswordHash::interactiveServerCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordHash::Cost PasswordHash::interactiveCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHash::Cost PasswordHash::minimumCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHash::PasswordHash(Cost cost) : m_cost(cost)
{
    ensureSodium();
}

QByteArray PasswordHash::hash(const SecretBytes &password) const
{
    char out[crypto_pwhash_STRBYTES];
    const char *input = password.isEmpty() ? "" : reinterpret_cast<const char *>(password.data());
    if (crypto_pwhash_str_alg(out, input, password.size(), m_cost.opsLimit, m_cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("Argon2id hashing ran out of memory");
    }
    return QByteArray(out);
}

bool PasswordHash::verify(const QByteArray &encoded, const SecretBytes &password)
{
    ensureSodium();
    // crypto_pwhash_str_verify reads a NUL-terminated string of bounded length.
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES ||
        encoded.contains('\0') || !encoded.startsWith("$argon2id$")) {
        return false;
    }
    const char *input = password.isEmpty() ? "" : reinterpret_cast<const char *>(password.data());
    return crypto_pwhash_str_verify(encoded.constData(), input, password.size()) == 0;
}

std::optional<PasswordHash::Cost> PasswordHash::costOf(const QByteArray &encoded)
{
    // "$argon2id$v=19$m=<KiB>,t=<passes>,p=1$salt$hash"
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 6 || parts[1] != "argon2id") {
        return std::nullopt;
    }
    Cost cost{0, 0};
    for (const QByteArray &field : parts[3].split(',')) {
        bool ok = false;
        if (field.startsWith("m=")) {
            cost.memLimit = std::size_t(field.mid(2).toULongLong(&ok)) * 1024;
        } else if (field.startsWith("t=")) {
            cost.opsLimit = field.mid(2).toULongLong(&ok);
        } else {
            ok = true;
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    return cost.memLimit > 0 && cost.opsLimit > 0 ? std::optional(cost) : std::nullopt;
}

bool PasswordHash::needsRehash(const QByteArray &encoded) const
{
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_cost.opsLimit,
                                          m_cost.memLimit) != 0;
}

} // namespace cb::crypto
