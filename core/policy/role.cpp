#include "core/policy/role.h"

#include <QCoreApplication>

namespace cb::policy {

QString roleName(Role role)
{
    switch (role) {
    case Role::FrontDesk: return QStringLiteral("front_desk");
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::Clinician: return QStringLiteral("clinician");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Compliance: return QStringLiteral("compliance");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : allRoles()) {
        if (roleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::FrontDesk, Role::Nurse, Role::Clinician, Role::Admin, Role::Compliance};
}

QString roleTitle(Role role)
{
    const char *text = "";
    switch (role) {
    case Role::FrontDesk: text = QT_TRANSLATE_NOOP("cb::policy::Role", "Front desk"); break;
    case Role::Nurse: text = QT_TRANSLATE_NOOP("cb::policy::Role", "Nurse"); break;
    case Role::Clinician: text = QT_TRANSLATE_NOOP("cb::policy::Role", "Clinician"); break;
    case Role::Admin: text = QT_TRANSLATE_NOOP("cb::policy::Role", "Administrator"); break;
    case Role::Compliance: text = QT_TRANSLATE_NOOP("cb::policy::Role", "Compliance officer"); break;
    }
    return QCoreApplication::translate("cb::policy::Role", text);
}

QStringList roleNames(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles) {
        names.append(roleName(role));
    }
    return names;
}

std::optional<QList<Role>> rolesFromNames(const QStringList &names)
{
    QList<Role> roles;
    for (const QString &name : names) {
        const auto role = roleFromName(name.trimmed());
        if (!role) {
            return std::nullopt;
        }
        if (!roles.contains(*role)) {
            roles.append(*role);
        }
    }
    return roles;
}

} // namespace cb::policy
