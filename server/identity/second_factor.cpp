#include "server/identity/second_factor.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/random_token.h"
#include "core/crypto/totp.h"
#include "core/store/database.h"

namespace cb::server {

namespace {
// Recovery codes: 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx.
QString newRecoveryCode()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    const QByteArray random = crypto::randomBytes(10);
    QString code;
    for (int i = 0; i < random.size(); ++i) {
        if (i == 5) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(alphabet[static_cast<unsigned char>(random[i]) % (sizeof alphabet - 1)]);
    }
    return code;
}

QString normalisedRecoveryCode(const QString &code)
{
    QString clean = code.trimmed().toLower();
    clean.remove(QLatin1Char('-'));
    clean.remove(QLatin1Char(' '));
    return clean;
}
} // namespace

SecondFactor::SecondFactor(store::Database &db, const platform::Clock &clock, crypto::SecretBytes totpSealKey,
                           crypto::SecretBytes recoveryHashKey)
    : m_db(db), m_clock(clock), m_seal(std::move(totpSealKey)), m_recoveryKey(std::move(recoveryHashKey))
{
}

crypto::SecretBytes SecondFactor::beginEnrolment(std::int64_t userId)
{
    crypto::SecretBytes secret = crypto::Totp::newSecret();
    m_db.prepare("UPDATE staff_users SET totp_pending_sealed = ? WHERE id = ?")
        .bindBlob(1, m_seal.seal(secret))
        .bind(2, userId)
        .run();
    return secret;
}

std::optional<std::uint64_t> SecondFactor::currentStep(const crypto::SecretBytes &secret, const QByteArray &code) const
{
    return crypto::Totp::verify(secret, code, m_clock.nowSeconds());
}

std::optional<QStringList> SecondFactor::confirmEnrolment(std::int64_t userId, const QByteArray &code)
{
    auto row = m_db.prepare("SELECT totp_pending_sealed FROM staff_users WHERE id = ?");
    row.bind(1, userId);
    if (!row.step() || row.isNull(0)) {
        return std::nullopt;
    }
    const QByteArray sealed = row.columnBlob(0);
    const auto secret = m_seal.open(sealed);
    if (!secret) {
        return std::nullopt;
    }
    const auto step = currentStep(*secret, code);
    if (!step) {
        return std::nullopt;
    }
    m_db.prepare("UPDATE staff_users SET totp_sealed = ?, totp_pending_sealed = NULL, totp_last_step = ? WHERE id = ?")
        .bindBlob(1, sealed)
        .bind(2, static_cast<std::int64_t>(*step))
        .bind(3, userId)
        .run();
    return issueRecoveryCodes(userId);
}

SecondFactor::Check SecondFactor::verifyCode(std::int64_t userId, const QByteArray &code)
{
    auto row = m_db.prepare("SELECT totp_sealed, totp_last_step FROM staff_users WHERE id = ?");
    row.bind(1, userId);
    if (!row.step() || row.isNull(0)) {
        return Check::NotEnrolled;
    }
    const auto secret = m_seal.open(row.columnBlob(0));
    const std::int64_t lastStep = row.columnInt64(1);
    if (!secret) {
        return Check::Invalid;
    }
    const auto step = currentStep(*secret, code);
    if (!step) {
        return Check::Invalid;
    }
    if (static_cast<std::int64_t>(*step) <= lastStep) {
        return Check::Replayed; // this code (or an older one) was already used
    }
    m_db.prepare("UPDATE staff_users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?")
        .bindAll(static_cast<std::int64_t>(*step), userId, static_cast<std::int64_t>(*step))
        .run();
    return m_db.changes() == 1 ? Check::Accepted : Check::Replayed; // a concurrent login took it
}

SecondFactor::Check SecondFactor::useRecoveryCode(std::int64_t userId, const QString &code)
{
    m_db.prepare("UPDATE recovery_codes SET used_at_ms = ? WHERE user_id = ? AND code_hash = ? AND used_at_ms IS NULL")
        .bind(1, m_clock.nowMs())
        .bind(2, userId)
        .bindBlob(3, recoveryHash(code))
        .run();
    return m_db.changes() == 1 ? Check::Accepted : Check::Invalid;
}

void SecondFactor::reset(std::int64_t userId)
{
    m_db.prepare("UPDATE staff_users SET totp_sealed = NULL, totp_pending_sealed = NULL, totp_last_step = 0 WHERE id = ?")
        .bind(1, userId)
        .run();
    m_db.prepare("DELETE FROM recovery_codes WHERE user_id = ?").bind(1, userId).run();
}

QByteArray SecondFactor::recoveryHash(const QString &code) const
{
    return crypto::keyedHash(m_recoveryKey, normalisedRecoveryCode(code).toUtf8());
}

QStringList SecondFactor::issueRecoveryCodes(std::int64_t userId)
{
    m_db.prepare("DELETE FROM recovery_codes WHERE user_id = ?").bind(1, userId).run();
    QStringList codes;
    auto insert = m_db.prepare("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)");
    while (codes.size() < RecoveryCodeCount) {
        const QString code = newRecoveryCode();
        if (codes.contains(code)) {
            continue;
        }
        insert.bind(1, userId).bindBlob(2, recoveryHash(code));
        insert.run();
        insert.reset();
        codes.append(code);
    }
    return codes;
}

} // namespace cb::server
