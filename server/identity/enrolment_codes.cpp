#include "server/identity/enrolment_codes.h"

#include "core/crypto/keyed_hash.h"
#include "core/store/database.h"

#include <sodium.h>

#include <cstring>

namespace cb::server {

namespace {
// No 0/O, 1/I/L: read aloud or copied from paper without mistakes.
constexpr char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
} // namespace

EnrolmentCodes::EnrolmentCodes(store::Database &db, const platform::Clock &clock, crypto::SecretBytes hashKey,
                               std::int64_t lifetimeMs)
    : m_db(db), m_clock(clock), m_hashKey(std::move(hashKey)), m_lifetimeMs(lifetimeMs)
{
}

QString EnrolmentCodes::normalised(const QString &code)
{
    QString clean;
    for (const QChar c : code) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' ')) {
            continue;
        }
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || std::strchr(Alphabet, char(upper.unicode())) == nullptr) {
            return {};
        }
        clean += upper;
    }
    return clean.size() == CodeLength ? clean : QString();
}

EnrolmentCodes::Issued EnrolmentCodes::issue(std::int64_t userId, const QString &issuedBy)
{
    QString code;
    for (int i = 0; i < CodeLength; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(Alphabet[randombytes_uniform(sizeof Alphabet - 1)]);
    }
    Issued issued{code, m_clock.nowMs() + m_lifetimeMs};
    m_db.prepare("INSERT INTO enrolment_codes (user_id, code_hash, issued_by, issued_at_ms, expires_at_ms) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, "
                 "issued_by = excluded.issued_by, issued_at_ms = excluded.issued_at_ms, "
                 "expires_at_ms = excluded.expires_at_ms")
        .bind(1, userId)
        .bindBlob(2, crypto::keyedHash(m_hashKey, normalised(code).toLatin1()))
        .bind(3, issuedBy)
        .bind(4, m_clock.nowMs())
        .bind(5, issued.expiresAtMs)
        .run();
    return issued;
}

bool EnrolmentCodes::matches(std::int64_t userId, const QString &code) const
{
    const QString clean = normalised(code);
    if (clean.isEmpty()) {
        return false;
    }
    auto row = m_db.prepare("SELECT code_hash FROM enrolment_codes WHERE user_id = ? AND expires_at_ms > ?");
    row.bindAll(userId, m_clock.nowMs());
    return row.step() && crypto::constantTimeEquals(row.columnBlob(0), crypto::keyedHash(m_hashKey, clean.toLatin1()));
}

void EnrolmentCodes::consume(std::int64_t userId)
{
    m_db.prepare("DELETE FROM enrolment_codes WHERE user_id = ?").bind(1, userId).run();
}

std::int64_t EnrolmentCodes::expiresAtMs(std::int64_t userId) const
{
    auto row = m_db.prepare("SELECT expires_at_ms FROM enrolment_codes WHERE user_id = ? AND expires_at_ms > ?");
    row.bindAll(userId, m_clock.nowMs());
    return row.step() ? row.columnInt64(0) : 0;
}

} // namespace cb::server
