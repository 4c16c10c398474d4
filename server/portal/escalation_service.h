#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

namespace cb::server {

class ServerContext;
struct Caller;

// What staff do with the portal from a conversation: escalate (a link the
// patient verifies), send a new link, revoke, record the date of birth the
// portal asks for, attach a file, and the nudge that follows a portal reply.
// Every change is audited; the desktops see it through the event log.
class EscalationService
{
public:
    explicit EscalationService(ServerContext &context);

    // Creates a link and queues it on WhatsApp; earlier links not yet verified
    // are revoked (one live link per patient). `reason`: escalation | new_link.
    HttpResponse escalate(const Caller &caller, std::int64_t conversationId, const QString &reason);
    // Revokes usable links and ends the patient's portal sessions.
    HttpResponse revoke(const Caller &caller, std::int64_t conversationId);
    // { date_of_birth: "YYYY-MM-DD" or "" to clear }
    HttpResponse setDateOfBirth(const Caller &caller, std::int64_t conversationId, const QJsonObject &body);
    // { client_id, filename, mime_type, data (base64), } → a portal message with the file.
    HttpResponse attach(const Caller &caller, std::int64_t conversationId, const QJsonObject &body);
    // After a staff reply on the portal: a WhatsApp message with a fresh link and
    // no content, at most one per patient per [portal] nudge_minutes, never to
    // a patient who opted out. Best effort: a nudge that cannot go is audited.
    void nudge(const Caller &caller, std::int64_t conversationId);

private:
    ServerContext &m_context;
};

} // namespace cb::server
