#include "server/portal/portal_messenger.h"

#include "core/api/inbox_dto.h"
#include "core/crypto/random_token.h"
#include "core/policy/messaging_window.h"
#include "core/whatsapp/send_request.h"
#include "server/server_context.h"

namespace cb::server {

PortalMessenger::PortalMessenger(ServerContext &context) : m_context(context) {}

std::optional<PortalMessenger::Refusal> PortalMessenger::cannotReach(const model::Conversation &conversation) const
{
    if (!m_context.config().portal.enabled()) {
        return Refusal{Status::ServiceUnavailable, QStringLiteral("portal_not_configured"),
                       QStringLiteral("the secure portal is not set up on this server")};
    }
    if (!m_context.whatsappCredentials()) {
        return Refusal{Status::ServiceUnavailable, QStringLiteral("whatsapp_not_configured"),
                       QStringLiteral("WhatsApp is not set up on this server")};
    }
    if (conversation.contact.optedOut) {
        return Refusal{Status::Conflict, QStringLiteral("contact_opted_out"),
                       QStringLiteral("the patient asked for no more WhatsApp messages")};
    }
    if (conversation.contact.waId.startsWith(QLatin1Char('~'))) {
        return Refusal{Status::Conflict, QStringLiteral("number_moved"),
                       QStringLiteral("this patient's WhatsApp number now belongs to someone else")};
    }
    return std::nullopt;
}

QString PortalMessenger::linkFor(const QByteArray &token) const
{
    return m_context.config().portal.publicUrl.toString(QUrl::FullyEncoded) + QStringLiteral("/p/") + QString::fromLatin1(token);
}

std::int64_t PortalMessenger::queue(const model::Conversation &conversation, Kind kind, const QString &secret,
                                    std::int64_t authorId)
{
    const bool spanish = conversation.contact.language == QLatin1String("es");
    const QString language = spanish ? QStringLiteral("es_MX") : QStringLiteral("en_US");
    const QString clinic = m_context.config().clinicName;
    const std::int64_t now = m_context.clock().nowMs();
    const bool windowOpen = policy::messagingWindowOpen(conversation.lastInboundAtMs, now);
    const QString clientId = QStringLiteral("portal-") + QString::fromLatin1(crypto::randomToken(12));
    const QString to = conversation.contact.waId;

    model::Message message;
    message.conversationId = conversation.id;
    message.channel = model::Channel::WhatsApp;
    message.direction = model::Direction::Outbound;
    message.clientId = clientId;
    message.authorId = authorId;
    message.state = model::DeliveryState::Queued;
    message.sentAtMs = now;
    QJsonObject request;
    if (kind == Kind::Code) {
        // What staff read: that a code went, never the code.
        message.kind = QStringLiteral("portal_code");
        message.body = QStringLiteral("Verification code for the secure portal sent");
        const auto templ = m_context.templates().findSystem(QStringLiteral("verification_code"), language);
        request = windowOpen ? whatsapp::textMessage(to, templ->render({secret}), clientId)
                             : whatsapp::authenticationCodeMessage(to, templ->name, templ->language, secret, clientId);
    } else {
        message.kind = kind == Kind::Nudge ? QStringLiteral("portal_nudge") : QStringLiteral("portal_link");
        message.body = kind == Kind::Nudge ? QStringLiteral("Reminder with a new secure portal link sent")
                                           : QStringLiteral("Secure portal link sent");
        const auto templ = m_context.templates().findSystem(QStringLiteral("secure_message_link"), language);
        if (windowOpen) {
            const QString text = kind == Kind::Nudge
                                     ? (spanish ? QStringLiteral("%1: tiene un mensaje seguro nuevo. Ábralo aquí: %2")
                                                : QStringLiteral("%1: you have a new secure message. Open it here: %2"))
                                           .arg(clinic, secret)
                                     : templ->render({secret});
            request = whatsapp::textMessage(to, text, clientId);
        } else {
            request = whatsapp::templateMessage(to, templ->name, templ->language, {secret}, clientId);
        }
    }
    message.id = m_context.inbox().insertMessage(message, false, request);
    m_context.inbox().recordActivity(message);
    m_context.inbox().publishMessage(message.id, api::event::MessageAdded);
    return message.id;
}

} // namespace cb::server
