#pragma once

#include "core/policy/role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cb::server {

// Minimum necessary for the front desk (HIPAA §164.502(b)). With the clinic's
// `[inbox] front_desk_portal = summary`, staff whose only reading role is front
// desk see a secure-portal message as a "secure_message" without its words or
// files, in previews, threads and the event stream alike. The server withholds
// it, so a desktop that misbehaves still never receives it. Nurses and
// clinicians always see everything; a person with both roles sees everything.
class MinimumNecessary
{
public:
    // Whether the portal's content is withheld from someone with `roles`.
    static bool withholdsPortal(bool frontDeskSummary, const QList<policy::Role> &roles);
    // The kind a withheld message and preview carry; the desktop words it.
    static QString withheldKind();

    // What one reader may see.
    MinimumNecessary(bool frontDeskSummary, const QList<policy::Role> &roles)
        : m_withhold(withholdsPortal(frontDeskSummary, roles))
    {
    }
    bool withholdsPortal() const { return m_withhold; }

    // api::conversationToJson / messageToJson output, as this reader sees it.
    QJsonObject conversation(QJsonObject json) const;
    QJsonObject message(QJsonObject json) const;
    // A stored event's payload: a message (perhaps with its conversation) or a conversation.
    QJsonObject eventPayload(const QString &kind, QJsonObject payload) const;

private:
    bool m_withhold;
};

} // namespace cb::server
