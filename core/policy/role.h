#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cb::policy {

// Staff roles. The wire and the database use the snake_case names.
enum class Role { FrontDesk, Nurse, Clinician, Admin, Compliance };

QString roleName(Role role);                       // "front_desk" …
std::optional<Role> roleFromName(const QString &name);
QList<Role> allRoles();
QString roleTitle(Role role);                      // translated, for people: "Front desk" …

QStringList roleNames(const QList<Role> &roles);
// Parses a list of names; nullopt if any is unknown (never silently dropped).
std::optional<QList<Role>> rolesFromNames(const QStringList &names);

} // namespace cb::policy
