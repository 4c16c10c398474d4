#pragma once

#include "core/model/conversation.h"
#include "server/http/api_response.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cb::server {

class ServerContext;

// The portal's WhatsApp side: the link (on escalation, a new link, or a nudge
// after a portal reply) and the 6-digit code. Each carries only the clinic's
// name and the link or code, in the patient's language: free text inside the
// 24-hour window, an approved template outside it. They are queued in the
// conversation like any reply (WhatsAppSender sends them), but the thread
// staff read says only what was sent: never the link's token or the code.
class PortalMessenger
{
public:
    struct Refusal
    {
        Status status;
        QString code;
        QString message;
    };
    enum class Kind { Link, Nudge, Code };

    explicit PortalMessenger(ServerContext &context);

    // Why WhatsApp cannot reach this patient now; nullopt when it can.
    std::optional<Refusal> cannotReach(const model::Conversation &conversation) const;
    // Queues the message inside the caller's transaction; returns its id.
    std::int64_t queue(const model::Conversation &conversation, Kind kind, const QString &secret, std::int64_t authorId);
    // public_url + /p/<token>
    QString linkFor(const QByteArray &token) const;

private:
    ServerContext &m_context;
};

} // namespace cb::server
