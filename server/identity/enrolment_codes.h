#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/platform/clock.h"

#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// One-time enrolment codes. A password alone must never let someone bind their
// own authenticator to an account (security review, finding 6): an admin hands
// the new person this code, which expires, and enrolment needs it as well as
// the password. Only a keyed hash is stored; issuing a new code replaces the old.
class EnrolmentCodes
{
public:
    static constexpr int CodeLength = 16; // 16 symbols of 31: about 79 bits

    EnrolmentCodes(store::Database &db, const platform::Clock &clock, crypto::SecretBytes hashKey,
                   std::int64_t lifetimeMs);

    struct Issued
    {
        QString code; // XXXX-XXXX-XXXX-XXXX, shown once to the admin
        std::int64_t expiresAtMs = 0;
    };
    Issued issue(std::int64_t userId, const QString &issuedBy);
    // Whether `code` is this person's live code (case, spaces and dashes ignored).
    bool matches(std::int64_t userId, const QString &code) const;
    // Used up by a completed enrolment.
    void consume(std::int64_t userId);
    // When this person's live code expires; 0 when they have none.
    std::int64_t expiresAtMs(std::int64_t userId) const;

    // "ab cd-EF…" → "ABCDEF…"; empty when it cannot be a code.
    static QString normalised(const QString &code);

private:
    store::Database &m_db;
    const platform::Clock &m_clock;
    crypto::SecretBytes m_hashKey;
    std::int64_t m_lifetimeMs;
};

} // namespace cb::server
