#include "server/store/postgres/patient_fields.h"

#include "core/crypto/keyed_hash.h"
#include "core/search/search_words.h"
#include "server/config/server_keys.h"

#include <QSet>

namespace cb::store::pg {

namespace {
QByteArray placeOf(std::string_view place)
{
    return QByteArray("cb-pg-field-v1:") + QByteArray(place.data(), qsizetype(place.size()));
}

// Case and accents folded: "Núñez" and "NUNEZ" are one word, as in FTS5's
// unicode61 tokenizer with remove_diacritics 2.
QString fold(const QString &word)
{
    QString folded;
    for (const QChar c : word.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded += c;
        }
    }
    return folded.toCaseFolded();
}
} // namespace

PatientFields::PatientFields(crypto::SecretBytes sealKey, crypto::SecretBytes lookupKey, crypto::SecretBytes wordKey)
    : m_box(std::move(sealKey)), m_lookupKey(std::move(lookupKey)), m_wordKey(std::move(wordKey))
{
}

PatientFields PatientFields::fromKeys(const server::ServerKeys &keys)
{
    return PatientFields(keys.pgFieldSeal.clone(), keys.pgLookupHash.clone(), keys.pgSearchWords.clone());
}

QByteArray PatientFields::seal(std::string_view place, const QString &text) const
{
    return m_box.seal(text.toUtf8(), placeOf(place));
}

QByteArray PatientFields::sealBytes(std::string_view place, const QByteArray &bytes) const
{
    return m_box.seal(bytes, placeOf(place));
}

std::optional<QString> PatientFields::open(std::string_view place, const QByteArray &sealed) const
{
    const auto bytes = m_box.open(sealed, placeOf(place));
    return bytes ? std::optional(QString::fromUtf8(*bytes)) : std::nullopt;
}

std::optional<QByteArray> PatientFields::openBytes(std::string_view place, const QByteArray &sealed) const
{
    return m_box.open(sealed, placeOf(place));
}

QByteArray PatientFields::sealExact(std::string_view place, const QString &text) const
{
    return m_box.sealDeterministic(text.toUtf8(), placeOf(place), m_lookupKey);
}

QByteArray PatientFields::lookup(std::string_view kind, const QString &value) const
{
    QByteArray message(kind.data(), qsizetype(kind.size()));
    message.append('\0');
    message.append(value.toUtf8());
    return crypto::keyedHash(m_lookupKey, message);
}

QStringList PatientFields::foldedWords(const QString &text)
{
    QStringList words;
    for (auto it = search::wordPattern().globalMatch(text); it.hasNext() && words.size() < MaxWords;) {
        words << fold(it.next().captured(0));
    }
    return words;
}

QByteArray PatientFields::prefixToken(const QString &prefix) const
{
    return crypto::keyedHash(m_wordKey, QByteArray("prefix\0", 7) + prefix.toUtf8()).left(TokenSize);
}

QList<QByteArray> PatientFields::searchTokens(const QString &text) const
{
    QSet<QString> prefixes;
    for (const QString &word : foldedWords(text)) {
        for (int length = MinPrefix; length <= std::min<int>(MaxPrefix, int(word.size())); ++length) {
            prefixes.insert(word.left(length));
        }
    }
    QList<QByteArray> tokens;
    tokens.reserve(prefixes.size());
    for (const QString &prefix : prefixes) {
        tokens << prefixToken(prefix);
    }
    return tokens;
}

std::optional<QByteArray> PatientFields::queryToken(const QString &word) const
{
    const QStringList folded = foldedWords(word);
    if (folded.size() != 1 || folded.first().size() < MinPrefix) {
        return std::nullopt;
    }
    return prefixToken(folded.first().left(MaxPrefix));
}

} // namespace cb::store::pg
