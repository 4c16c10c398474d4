#include "client/inbox/colleague.h"

#include "core/policy/role.h"

namespace cb::client {

QString Colleague::signature() const
{
    using policy::Role;
    for (const Role role : {Role::Clinician, Role::Nurse, Role::FrontDesk, Role::Admin, Role::Compliance}) {
        if (roles.contains(policy::roleName(role))) {
            //: A staff member's name and role on their messages, e.g. "Dana Reyes, Nurse".
            return QStringLiteral("%1, %2").arg(displayName, policy::roleTitle(role));
        }
    }
    return displayName;
}

QList<std::int64_t> mentionedIn(const QString &text, const QList<Colleague> &colleagues, std::int64_t writerId)
{
    QList<std::int64_t> ids;
    for (const Colleague &person : colleagues) {
        if (!person.active || person.id == writerId || person.displayName.isEmpty()) {
            continue;
        }
        const QString written = QLatin1Char('@') + person.displayName;
        for (qsizetype at = text.indexOf(written, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(written, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + written.size();
            if (end == text.size() || !text.at(end).isLetterOrNumber()) { // "@Dan" is not "@Dana Reyes"
                ids.append(person.id);
                break;
            }
        }
    }
    return ids;
}

} // namespace cb::client
