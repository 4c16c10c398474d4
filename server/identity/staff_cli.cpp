#include "server/identity/staff_cli.h"

#include "core/platform/clock.h"
#include "server/config/master_key.h"
#include "server/config/server_config.h"
#include "server/server_context.h"

#include <QDateTime>
#include <QJsonArray>

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace cb::server {

namespace {
crypto::SecretBytes readLine(bool echo)
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) != 0;
    if (terminal && !echo) {
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    crypto::SecretBytes buffer(1024);
    std::size_t length = 0;
    for (int c = std::getchar(); c != EOF && c != '\n' && length < buffer.size(); c = std::getchar()) {
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (terminal && !echo) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    return crypto::SecretBytes::copyOf({buffer.data(), length});
}

crypto::SecretBytes askPassword()
{
    if (isatty(STDIN_FILENO) == 0) {
        return readLine(false);
    }
    std::fputs("Password: ", stderr);
    crypto::SecretBytes first = readLine(false);
    std::fputs("Repeat the password: ", stderr);
    const crypto::SecretBytes second = readLine(false);
    if (!first.equals(second)) {
        return {};
    }
    return first;
}
} // namespace

int addStaffFromCli(const ServerConfig &config, const QString &username, const QString &displayName,
                    const QStringList &roleNames)
{
    const auto roles = policy::rolesFromNames(roleNames);
    if (!roles || roles->isEmpty()) {
        std::fprintf(stderr, "carebridge-server: give at least one --role (front_desk, nurse, clinician, admin, compliance)\n");
        return 2;
    }
    const crypto::SecretBytes password = askPassword();
    if (password.isEmpty()) {
        std::fprintf(stderr, "carebridge-server: no password given (or the two did not match)\n");
        return 2;
    }
    const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
    const platform::SystemClock clock;
    ServerContext context(config, ServerStore::open(config.storePath(), masterKey), masterKey, clock);
    try {
        const StaffUser user = context.staff().create(username, displayName.isEmpty() ? username : displayName, *roles, password);
        const auto enrolment = context.enrolmentCodes().issue(user.id, QStringLiteral("cli"));
        context.record(QStringLiteral("cli"), QStringLiteral("staff.create"), QStringLiteral("staff:%1").arg(user.id),
                       {{QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(user.roles))}});
        std::printf("Created %s (%s).\n", qUtf8Printable(user.username),
                    qUtf8Printable(policy::roleNames(user.roles).join(QStringLiteral(", "))));
        std::printf("Enrolment code: %s (valid until %s UTC)\n", qUtf8Printable(enrolment.code),
                    qUtf8Printable(QDateTime::fromMSecsSinceEpoch(enrolment.expiresAtMs, Qt::UTC)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        std::printf("Hand it to them in person: at first sign-in they type it instead of a code, then set up their "
                    "authenticator.\n");
        return 0;
    } catch (const StaffDirectory::Rejected &rejected) {
        std::fprintf(stderr, "carebridge-server: %s\n", rejected.what());
        return 1;
    }
}

} // namespace cb::server
