#pragma once

#include "core/crypto/password_hash.h"
#include "core/model/staff_user.h"
#include "core/platform/clock.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace cb::store {
class Database;
class Statement;
}

namespace cb::server {

using model::StaffUser;

// Staff accounts on the server: unique usernames, Argon2id passwords checked
// against the NIST policy, roles, active/disabled.
class StaffDirectory
{
public:
    // A request that breaks a rule; `code` is the stable API error code.
    class Rejected : public std::runtime_error
    {
    public:
        Rejected(QString code, const QString &message)
            : std::runtime_error(message.toStdString()), m_code(std::move(code))
        {
        }
        const QString &code() const { return m_code; }

    private:
        QString m_code;
    };

    StaffDirectory(store::Database &db, const platform::Clock &clock, crypto::PasswordHash hasher,
                   QString clinicName);

    // Throws Rejected: invalid_username, username_taken, invalid_roles, weak_password.
    StaffUser create(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                     const crypto::SecretBytes &password);
    // create() in two halves, so the hash can be made off this thread:
    // checkNew() throws Rejected as create() does; insert() stores the account.
    void checkNew(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                  const crypto::SecretBytes &password) const;
    StaffUser insert(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                     const QByteArray &passwordHash);
    std::optional<StaffUser> findByUsername(const QString &username) const;
    std::optional<StaffUser> findById(std::int64_t id) const;
    QList<StaffUser> list() const;

    // Runs Argon2id even for unknown users, so timing does not reveal who exists.
    bool verifyPassword(std::optional<std::int64_t> userId, const crypto::SecretBytes &password) const;
    void setPassword(std::int64_t userId, const crypto::SecretBytes &password); // throws Rejected
    // setPassword() in two halves: the policy check (throws Rejected), then the stored hash.
    void checkNewPassword(std::int64_t userId, const crypto::SecretBytes &password) const;
    void setPasswordHash(std::int64_t userId, const QByteArray &passwordHash);
    // The stored hash, or a decoy for an unknown user: checking either costs the
    // same. The decoy is made with the cost most stored hashes have, so after a
    // cost change timing still does not tell real usernames from unknown ones
    // while sign-ins rehash the stored ones (finding 9).
    QByteArray passwordHashOf(std::optional<std::int64_t> userId) const;
    // Replaces a hash with one of the same password at the current cost; the
    // password's age does not change.
    void upgradePasswordHash(std::int64_t userId, const QByteArray &passwordHash);
    bool needsRehash(const QByteArray &encodedHash) const { return m_hasher.needsRehash(encodedHash); }
    crypto::PasswordHash::Cost cost() const { return m_hasher.cost(); }
    void setActive(std::int64_t userId, bool active);
    void noteSignIn(std::int64_t userId);
    void setRoles(std::int64_t userId, const QList<policy::Role> &roles); // throws Rejected (invalid_roles)
    // An admin set the password: the person must choose their own at next sign-in.
    void setMustChangePassword(std::int64_t userId, bool must);

private:
    StaffUser read(store::Statement &row) const;
    void checkPassword(const QString &username, const QString &displayName, const crypto::SecretBytes &password) const;

    store::Database &m_db;
    const platform::Clock &m_clock;
    crypto::PasswordHash m_hasher;
    QString m_clinicName;
    QByteArray decoyHash() const;
    QByteArray &decoyFor(const crypto::PasswordHash::Cost &cost);

    // Decoys by "m=…,t=…" of their cost: the current one and any found in the store.
    QHash<QByteArray, QByteArray> m_decoys;
};

} // namespace cb::server
