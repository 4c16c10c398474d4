#include "server/identity/staff_directory.h"

#include "core/policy/password_policy.h"
#include "core/store/database.h"

#include <QRegularExpression>

namespace cb::server {

namespace {
const char *SelectUser =
    "SELECT id, username, display_name, roles, active, totp_sealed IS NOT NULL, last_login_at_ms, failed_logins,"
    " last_failed_login_ms, must_change_password FROM staff_users";

QString passwordText(const crypto::SecretBytes &password)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
}
} // namespace

StaffDirectory::StaffDirectory(store::Database &db, const platform::Clock &clock, crypto::PasswordHash hasher,
                               QString clinicName)
    : m_db(db), m_clock(clock), m_hasher(hasher), m_clinicName(std::move(clinicName))
{
    // Made here, once, because each costs an Argon2id run: one for our cost and
    // one for every other cost the store still holds.
    decoyFor(m_hasher.cost());
    auto rows = m_db.prepare("SELECT DISTINCT password_hash FROM staff_users");
    while (rows.step() && m_decoys.size() < 8) {
        if (const auto cost = crypto::PasswordHash::costOf(rows.columnText(0).toLatin1())) {
            decoyFor(*cost);
        }
    }
}

namespace {
QByteArray costKey(const crypto::PasswordHash::Cost &cost)
{
    return "m=" + QByteArray::number(qulonglong(cost.memLimit / 1024)) + ",t=" + QByteArray::number(cost.opsLimit);
}
} // namespace

QByteArray &StaffDirectory::decoyFor(const crypto::PasswordHash::Cost &cost)
{
    QByteArray &decoy = m_decoys[costKey(cost)];
    if (decoy.isEmpty()) {
        decoy = crypto::PasswordHash(cost).hash(crypto::SecretBytes::random(16));
    }
    return decoy;
}

QByteArray StaffDirectory::decoyHash() const
{
    QHash<QByteArray, int> counts;
    auto rows = m_db.prepare("SELECT password_hash FROM staff_users WHERE active = 1");
    while (rows.step()) {
        if (const auto cost = crypto::PasswordHash::costOf(rows.columnText(0).toLatin1())) {
            ++counts[costKey(*cost)];
        }
    }
    QByteArray best = costKey(m_hasher.cost());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_decoys.contains(it.key()) && it.value() > counts.value(best)) {
            best = it.key();
        }
    }
    return m_decoys.value(best);
}

StaffUser StaffDirectory::read(store::Statement &row) const
{
    StaffUser user;
    user.id = row.columnInt64(0);
    user.username = row.columnText(1);
    user.displayName = row.columnText(2);
    user.roles = policy::rolesFromNames(row.columnText(3).split(QLatin1Char(','), Qt::SkipEmptyParts)).value_or(QList<policy::Role>{});
    user.active = row.columnInt64(4) != 0;
    user.mfaEnrolled = row.columnInt64(5) != 0;
    user.lastSignInAtMs = row.columnInt64(6);
    user.failedAttempts = int(row.columnInt64(7));
    user.lastFailedAtMs = row.columnInt64(8);
    user.mustChangePassword = row.columnInt64(9) != 0;
    return user;
}

void StaffDirectory::checkPassword(const QString &username, const QString &displayName,
                                   const crypto::SecretBytes &password) const
{
    const auto verdict = policy::PasswordPolicy::check(passwordText(password), {username, displayName, m_clinicName});
    if (!verdict.acceptable()) {
        throw Rejected(QStringLiteral("weak_password"), verdict.reason);
    }
}

StaffUser StaffDirectory::create(const QString &username, const QString &displayName,
                                 const QList<policy::Role> &roles, const crypto::SecretBytes &password)
{
    checkNew(username, displayName, roles, password);
    return insert(username, displayName, roles, m_hasher.hash(password));
}

void StaffDirectory::checkNew(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                              const crypto::SecretBytes &password) const
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    if (!valid.match(username).hasMatch()) {
        throw Rejected(QStringLiteral("invalid_username"),
                       QStringLiteral("usernames are 3 to 32 lower-case letters, digits, '.', '_' or '-'"));
    }
    if (displayName.trimmed().isEmpty() || displayName.size() > 100) {
        throw Rejected(QStringLiteral("invalid_display_name"), QStringLiteral("a display name of 1 to 100 characters is required"));
    }
    if (roles.isEmpty()) {
        throw Rejected(QStringLiteral("invalid_roles"), QStringLiteral("at least one role is required"));
    }
    if (findByUsername(username)) {
        throw Rejected(QStringLiteral("username_taken"), QStringLiteral("that username is already in use"));
    }
    checkPassword(username, displayName, password);
}

StaffUser StaffDirectory::insert(const QString &username, const QString &displayName, const QList<policy::Role> &roles,
                                 const QByteArray &passwordHash)
{
    if (findByUsername(username)) { // taken while the hash was being made
        throw Rejected(QStringLiteral("username_taken"), QStringLiteral("that username is already in use"));
    }
    const std::int64_t now = m_clock.nowMs();
    m_db.prepare("INSERT INTO staff_users (username, display_name, roles, password_hash, password_changed_at,"
                 " created_at_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(username, displayName.trimmed(), policy::roleNames(roles).join(QLatin1Char(',')),
                 QString::fromLatin1(passwordHash), now, now)
        .run();
    return *findById(m_db.lastInsertRowId());
}

std::optional<StaffUser> StaffDirectory::findByUsername(const QString &username) const
{
    auto row = m_db.prepare(std::string(SelectUser) + " WHERE username = ?");
    row.bind(1, username);
    return row.step() ? std::optional(read(row)) : std::nullopt;
}

std::optional<StaffUser> StaffDirectory::findById(std::int64_t id) const
{
    auto row = m_db.prepare(std::string(SelectUser) + " WHERE id = ?");
    row.bind(1, id);
    return row.step() ? std::optional(read(row)) : std::nullopt;
}

QList<StaffUser> StaffDirectory::list() const
{
    QList<StaffUser> users;
    auto rows = m_db.prepare(std::string(SelectUser) + " ORDER BY username");
    while (rows.step()) {
        users.append(read(rows));
    }
    return users;
}

QByteArray StaffDirectory::passwordHashOf(std::optional<std::int64_t> userId) const
{
    if (userId) {
        auto row = m_db.prepare("SELECT password_hash FROM staff_users WHERE id = ?");
        row.bind(1, *userId);
        if (row.step()) {
            return row.columnText(0).toLatin1();
        }
    }
    return decoyHash();
}

bool StaffDirectory::verifyPassword(std::optional<std::int64_t> userId, const crypto::SecretBytes &password) const
{
    const QByteArray stored = passwordHashOf(userId);
    const bool matches = crypto::PasswordHash::verify(stored, password);
    return userId && findById(*userId) && matches;
}

void StaffDirectory::setPassword(std::int64_t userId, const crypto::SecretBytes &password)
{
    checkNewPassword(userId, password);
    setPasswordHash(userId, m_hasher.hash(password));
}

void StaffDirectory::checkNewPassword(std::int64_t userId, const crypto::SecretBytes &password) const
{
    const auto user = findById(userId);
    if (!user) {
        throw Rejected(QStringLiteral("not_found"), QStringLiteral("no such staff user"));
    }
    checkPassword(user->username, user->displayName, password);
}

void StaffDirectory::setPasswordHash(std::int64_t userId, const QByteArray &passwordHash)
{
    m_db.prepare("UPDATE staff_users SET password_hash = ?, password_changed_at = ? WHERE id = ?")
        .bindAll(QString::fromLatin1(passwordHash), m_clock.nowMs(), userId)
        .run();
}

void StaffDirectory::upgradePasswordHash(std::int64_t userId, const QByteArray &passwordHash)
{
    m_db.prepare("UPDATE staff_users SET password_hash = ? WHERE id = ?")
        .bindAll(QString::fromLatin1(passwordHash), userId)
        .run();
}

void StaffDirectory::setActive(std::int64_t userId, bool active)
{
    m_db.prepare("UPDATE staff_users SET active = ? WHERE id = ?").bindAll(active ? 1 : 0, userId).run();
}

void StaffDirectory::noteSignIn(std::int64_t userId)
{
    m_db.prepare("UPDATE staff_users SET last_login_at_ms = ? WHERE id = ?").bindAll(m_clock.nowMs(), userId).run();
}

void StaffDirectory::setRoles(std::int64_t userId, const QList<policy::Role> &roles)
{
    if (roles.isEmpty()) {
        throw Rejected(QStringLiteral("invalid_roles"), QStringLiteral("a staff member needs at least one role"));
    }
    m_db.prepare("UPDATE staff_users SET roles = ? WHERE id = ?").bindAll(policy::roleNames(roles).join(QLatin1Char(',')), userId).run();
}

void StaffDirectory::setMustChangePassword(std::int64_t userId, bool must)
{
    m_db.prepare("UPDATE staff_users SET must_change_password = ? WHERE id = ?").bindAll(must ? 1 : 0, userId).run();
}

} // namespace cb::server
