#include "server/inbox/minimum_necessary.h"

#include "core/api/inbox_dto.h"

namespace cb::server {

namespace {
const QString Portal = QStringLiteral("portal");
}

bool MinimumNecessary::withholdsPortal(bool frontDeskSummary, const QList<policy::Role> &roles)
{
    return frontDeskSummary && roles.contains(policy::Role::FrontDesk) && !roles.contains(policy::Role::Nurse) &&
           !roles.contains(policy::Role::Clinician);
}

QString MinimumNecessary::withheldKind()
{
    return QStringLiteral("secure_message");
}

QJsonObject MinimumNecessary::conversation(QJsonObject json) const
{
    if (m_withhold && json.value(QStringLiteral("preview_channel")).toString() == Portal) {
        json.insert(QStringLiteral("preview"), QString());
        json.insert(QStringLiteral("preview_kind"), withheldKind());
    }
    return json;
}

QJsonObject MinimumNecessary::message(QJsonObject json) const
{
    if (!m_withhold) {
        return json;
    }
    if (json.value(QStringLiteral("channel")).toString() == Portal) {
        json.insert(QStringLiteral("kind"), withheldKind());
        json.insert(QStringLiteral("body"), QString());
        json.insert(QStringLiteral("content"), QJsonObject());
    }
    if (json.contains(QStringLiteral("conversation"))) {
        json.insert(QStringLiteral("conversation"), conversation(json.value(QStringLiteral("conversation")).toObject()));
    }
    return json;
}

QJsonObject MinimumNecessary::eventPayload(const QString &kind, QJsonObject payload) const
{
    if (kind == QLatin1String(api::event::ConversationChanged)) {
        return conversation(std::move(payload));
    }
    return payload.contains(QStringLiteral("channel")) ? message(std::move(payload)) : payload;
}

} // namespace cb::server
