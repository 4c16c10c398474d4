#pragma once

#include "core/crypto/aead_box.h"
#include "core/crypto/secret_bytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace cb::server {
struct ServerKeys;
}

namespace cb::store::pg {

// What keeps patient data out of PostgreSQL in clear (issue 23). On the embedded
// store SQLCipher encrypts every page; on PostgreSQL the server encrypts each
// patient field itself before it is written, so a database administrator with
// psql, or anyone with a pg_dump, sees no name, number or message.
//
// - seal/open: each value under its own random nonce (AeadBox), bound to its
//   place ("messages.body"): a value copied into another column does not open.
// - sealExact: a sealed value found by equality (see below).
// - lookup: a keyed hash for exact lookups (a patient's WhatsApp number, a
//   message's wamid), the same for the same value, useless without the key.
// - searchTokens/queryToken: exact-word search on ciphertext. Every word of a text
//   gives keyed hashes of its prefixes of 2 to 6 letters (folded: case and
//   accents, as FTS5's unicode61 with remove_diacritics does on the embedded store).
//   A typed word finds its candidates by the hash of its first (up to) 6 letters;
//   the server then opens the candidates and keeps those whose words really start
//   with what was typed. Against FTS5 this gives up ranking, phrase and NEAR
//   queries and prefixes longer than 6 letters in the index itself (checked after
//   opening instead), and it tells whoever holds the database which rows share a
//   word prefix (never the word): deterministic tokens' known leak.
class PatientFields
{
public:
    static constexpr int MinPrefix = 2; // the server's shortest search (ServerSearch::MinLength)
    static constexpr int MaxPrefix = 6;
    static constexpr int TokenSize = 16; // bytes of a search token
    static constexpr int MaxWords = 512; // words of one text that are indexed

    PatientFields(crypto::SecretBytes sealKey, crypto::SecretBytes lookupKey, crypto::SecretBytes wordKey);
    static PatientFields fromKeys(const server::ServerKeys &keys);

    QByteArray seal(std::string_view place, const QString &text) const;
    QByteArray sealBytes(std::string_view place, const QByteArray &bytes) const;
    std::optional<QString> open(std::string_view place, const QByteArray &sealed) const;
    std::optional<QByteArray> openBytes(std::string_view place, const QByteArray &sealed) const;

    QByteArray lookup(std::string_view kind, const QString &value) const;
    // Sealed so that the same value in the same place always gives the same
    // bytes (AeadBox::sealDeterministic, nonce keyed by the lookup key): for a
    // column that is both looked up by equality or UNIQUE and read back (a
    // patient's WhatsApp number). Opens with open().
    QByteArray sealExact(std::string_view place, const QString &text) const;

    // The distinct tokens a text is indexed under.
    QList<QByteArray> searchTokens(const QString &text) const;
    // The token a typed word is looked up by; none for a word shorter than MinPrefix.
    std::optional<QByteArray> queryToken(const QString &word) const;
    // The folded words of a text, as the index sees them (for the check after opening).
    static QStringList foldedWords(const QString &text);

private:
    QByteArray prefixToken(const QString &prefix) const;

    crypto::AeadBox m_box;
    crypto::SecretBytes m_lookupKey;
    crypto::SecretBytes m_wordKey;
};

} // namespace cb::store::pg
