#include "server/runtime/run_as_owner.h"

#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cb::server {

QString runAsOwnerOf(const QString &dataDir)
{
    if (::geteuid() != 0) {
        return {};
    }
    struct stat info {};
    if (::stat(QFile::encodeName(dataDir).constData(), &info) != 0 || info.st_uid == 0) {
        return {};
    }
    const passwd *user = ::getpwuid(info.st_uid);
    if (user == nullptr) {
        return QStringLiteral("%1 belongs to uid %2, which has no account").arg(dataDir).arg(info.st_uid);
    }
    if (::initgroups(user->pw_name, user->pw_gid) != 0 || ::setgid(user->pw_gid) != 0 || ::setuid(user->pw_uid) != 0 ||
        ::setuid(0) == 0) {
        return QStringLiteral("could not become %1, who owns %2").arg(QString::fromLocal8Bit(user->pw_name), dataDir);
    }
    return {};
}

} // namespace cb::server
