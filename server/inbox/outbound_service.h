#pragma once

#include "core/model/message.h"
#include "server/http/api_response.h"

#include <QJsonObject>

#include <optional>

namespace cb::server {

class ServerContext;
struct Caller;

// Everything that decides whether a reply may go out, in the order a person
// would want to hear about it: the conversation, the client id (a retry returns
// the first result), opt-out, the 24-hour window, PhiGuard, the outreach rules
// for proactive templates. An accepted WhatsApp message is queued in the store
// for WhatsAppSender; a note is stored and never leaves Carebridge; a portal
// message is stored for the patient's portal (the route then nudges them).
class OutboundService
{
public:
    struct Outcome
    {
        Status status = Status::Ok;
        QString code;          // empty on success
        QString message;
        QJsonObject extra;     // e.g. { "rules": ["medication"] } for PhiGuard
        std::optional<model::Message> sent;
    };

    explicit OutboundService(ServerContext &context);

    // body: { client_id, kind: "text" | "buttons" | "template" | "note" | "portal", text, buttons, template: { name, language, parameters } }
    Outcome submit(const Caller &caller, std::int64_t conversationId, const QJsonObject &body);
    // The client id every desktop send carries: required (at most 64), and a
    // retry answers with the first message. nullopt: a new message may follow.
    std::optional<Outcome> retryOrRefusal(const Caller &caller, std::int64_t conversationId, const QString &clientId);

private:
    Outcome refuse(Status status, const QString &code, const QString &message, const QJsonObject &extra = {});
    std::optional<Outcome> refusePhi(const Caller &caller, std::int64_t conversationId, const QString &text,
                                     const QString &message);

    ServerContext &m_context;
};

} // namespace cb::server
