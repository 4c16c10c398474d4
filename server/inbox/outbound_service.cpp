#include "server/inbox/mentions.h"
#include "server/inbox/minimum_necessary.h"
#include "server/inbox/outbound_service.h"

#include "core/api/inbox_dto.h"
#include "core/policy/messaging_window.h"
#include "core/store/transaction.h"
#include "core/whatsapp/send_request.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QDateTime>
#include <QJsonArray>

namespace cb::server {

OutboundService::OutboundService(ServerContext &context) : m_context(context) {}

OutboundService::Outcome OutboundService::refuse(Status status, const QString &code, const QString &message,
                                                 const QJsonObject &extra)
{
    return {status, code, message, extra, std::nullopt};
}

// PhiGuard's refusal, audited with the rule names only (never the text).
std::optional<OutboundService::Outcome> OutboundService::refusePhi(const Caller &caller, std::int64_t conversationId,
                                                                   const QString &text, const QString &message)
{
    const auto verdict = m_context.phiGuard().check(text);
    if (verdict.allowed()) {
        return std::nullopt;
    }
    const QJsonArray rules = QJsonArray::fromStringList(verdict.rules());
    m_context.record(caller.actor(), QStringLiteral("message.phi_refused"), QStringLiteral("conversation:%1").arg(conversationId),
                     {{QStringLiteral("rules"), rules}});
    return refuse(Status::UnprocessableEntity, QStringLiteral("phi_refused"), message, {{QStringLiteral("rules"), rules}});
}

std::optional<OutboundService::Outcome> OutboundService::retryOrRefusal(const Caller &caller, std::int64_t conversationId,
                                                                       const QString &clientId)
{
    if (clientId.isEmpty() || clientId.size() > 64) {
        return refuse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("client_id is required (at most 64 characters)"));
    }
    if (const auto earlier = m_context.inbox().messageByClientId(clientId)) {
        if (earlier->authorId != caller.user.id || earlier->conversationId != conversationId) {
            return refuse(Status::Conflict, QStringLiteral("client_id_reused"), QStringLiteral("client_id belongs to another message"));
        }
        return Outcome{Status::Ok, {}, {}, {}, earlier}; // a retry: the first answer again, nothing sent twice
    }
    return std::nullopt;
}

OutboundService::Outcome OutboundService::submit(const Caller &caller, std::int64_t conversationId, const QJsonObject &body)
{
    const auto conversation = m_context.inbox().conversation(conversationId);
    if (!conversation) {
        return refuse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
    }
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (auto answer = retryOrRefusal(caller, conversationId, clientId)) {
        return *answer;
    }

    const QString kind = body.value(QStringLiteral("kind")).toString();
    const std::int64_t now = m_context.clock().nowMs();
    model::Message message;
    message.conversationId = conversationId;
    message.direction = model::Direction::Outbound;
    message.clientId = clientId;
    message.authorId = caller.user.id;
    message.sentAtMs = now;
    model::Contact contact = conversation->contact;
    QJsonObject sendRequest;
    bool proactive = false;
    Mentions::Checked mentions; // a note's @colleagues

    if (kind == QLatin1String("portal")) {
        // The secure channel: not WhatsApp, so PhiGuard and the 24-hour window do
        // not apply; the patient reads it after verifying (and is nudged).
        if (MinimumNecessary::withholdsPortal(m_context.config().frontDeskPortalSummary, caller.user.roles)) {
            return refuse(Status::Forbidden, QStringLiteral("portal_withheld"),
                          QStringLiteral("secure messages are for the care team at this clinic"));
        }
        if (!m_context.config().portal.enabled()) {
            return refuse(Status::ServiceUnavailable, QStringLiteral("portal_not_configured"),
                          QStringLiteral("the secure portal is not set up on this server"));
        }
        if (!conversation->portal.escalated()) {
            return refuse(Status::Conflict, QStringLiteral("not_escalated"), QStringLiteral("send the patient a secure portal link first"));
        }
        if (!conversation->portal.live(now)) {
            return refuse(Status::Conflict, QStringLiteral("portal_not_live"),
                          QStringLiteral("the patient's portal link was revoked, locked or has expired: send a new link first"));
        }
        message.channel = model::Channel::Portal;
        message.kind = QStringLiteral("text");
        message.body = body.value(QStringLiteral("text")).toString().trimmed();
        message.state = model::DeliveryState::Delivered;
        if (message.body.isEmpty() || message.body.size() > 4096) {
            return refuse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("a message needs 1 to 4096 characters"));
        }
    } else if (kind == QLatin1String("note")) {
        message.channel = model::Channel::Note;
        message.kind = QStringLiteral("note");
        message.body = body.value(QStringLiteral("text")).toString().trimmed();
        message.state = model::DeliveryState::Received;
        if (message.body.isEmpty() || message.body.size() > 4096) {
            return refuse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("a note needs 1 to 4096 characters"));
        }
        mentions = Mentions::check(m_context, body.value(QStringLiteral("mentions")), message.body, caller.user.id);
        if (!mentions.problem.isEmpty()) {
            return refuse(Status::BadRequest, QStringLiteral("invalid_field"), mentions.problem);
        }
    } else if (kind == QLatin1String("text") || kind == QLatin1String("buttons") || kind == QLatin1String("template")) {
        if (!m_context.whatsappCredentials()) {
            return refuse(Status::ServiceUnavailable, QStringLiteral("whatsapp_not_configured"),
                          QStringLiteral("WhatsApp is not set up on this server"));
        }
        if (contact.optedOut) {
            return refuse(Status::Conflict, QStringLiteral("contact_opted_out"), QStringLiteral("the patient asked for no more WhatsApp messages"));
        }
        if (contact.waId.startsWith(QLatin1Char('~'))) {
            return refuse(Status::Conflict, QStringLiteral("number_moved"),
                          QStringLiteral("this patient's WhatsApp number now belongs to someone else"));
        }
        message.channel = model::Channel::WhatsApp;
        message.kind = kind;
        message.state = model::DeliveryState::Queued;
        const bool windowOpen = policy::messagingWindowOpen(conversation->lastInboundAtMs, now);
        if (kind != QLatin1String("template")) {
            const bool withButtons = kind == QLatin1String("buttons");
            // Meta's limits: 4096 characters of text, 1024 of an interactive body.
            const int maxBody = withButtons ? 1024 : 4096;
            message.body = body.value(QStringLiteral("text")).toString().trimmed();
            if (message.body.isEmpty() || message.body.size() > maxBody) {
                return refuse(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("a message needs 1 to %1 characters").arg(maxBody));
            }
            QList<whatsapp::ReplyButton> buttons;
            QStringList titles;
            if (withButtons) {
                for (const QJsonValue &value : body.value(QStringLiteral("buttons")).toArray()) {
                    const QString title = value.toString().trimmed();
                    if (title.isEmpty() || title.size() > 20 || titles.contains(title)) {
                        titles.clear();
                        break;
                    }
                    titles << title;
                    buttons.append({QStringLiteral("%1-b%2").arg(clientId).arg(titles.size()), title});
                }
                if (titles.isEmpty() || titles.size() > 3) {
                    return refuse(Status::BadRequest, QStringLiteral("invalid_buttons"),
                                  QStringLiteral("one to three different buttons of 1 to 20 characters each"));
                }
                message.content = {{QStringLiteral("buttons"), QJsonArray::fromStringList(titles)}};
            }
            if (!windowOpen) {
                return refuse(Status::Conflict, QStringLiteral("window_closed"),
                              QStringLiteral("more than 24 hours since the patient last wrote: only templates may be sent"));
            }
            if (auto refused = refusePhi(caller, conversationId, (QStringList{message.body} + titles).join(QLatin1Char('\n')),
                                         QStringLiteral("this reads as medical or identifying information; use the secure portal"))) {
                return *refused;
            }
            if (!contact.noticeSent) {
                const QString language = contact.language.isEmpty() ? QStringLiteral("en") : contact.language;
                const QString withNotice = message.body + QStringLiteral("\n\n") + m_context.templates().notice(language);
                if (withNotice.size() <= maxBody) {
                    message.body = withNotice;
                    contact.noticeSent = true;
                }
            }
            sendRequest = withButtons ? whatsapp::buttonsMessage(contact.waId, message.body, buttons, clientId)
                                      : whatsapp::textMessage(contact.waId, message.body, clientId);
        } else {
            const QJsonObject requested = body.value(QStringLiteral("template")).toObject();
            const auto templ = m_context.templates().find(requested.value(QStringLiteral("name")).toString(),
                                                          requested.value(QStringLiteral("language")).toString());
            QStringList parameters;
            for (const QJsonValue &value : requested.value(QStringLiteral("parameters")).toArray()) {
                parameters << value.toString().trimmed();
            }
            if (!templ || parameters.size() != templ->parameterLabels.size() || parameters.contains(QString())) {
                return refuse(Status::BadRequest, QStringLiteral("invalid_template"),
                              QStringLiteral("unknown template, or a parameter is missing"));
            }
            if (auto refused = refusePhi(caller, conversationId, parameters.join(QLatin1Char('\n')),
                                         QStringLiteral("a template field reads as medical or identifying information"))) {
                return *refused;
            }
            proactive = !windowOpen;
            if (proactive) {
                const auto outreach = m_context.config().outreach.checkProactive(
                    contact.optedOut, contact.proactiveOptIn || contact.consent == model::ConsentBasis::OptIn,
                    QDateTime::fromMSecsSinceEpoch(now).time().hour(), now, m_context.inbox().proactiveSendTimes(contact.id));
                if (outreach != policy::OutreachPolicy::Verdict::Allowed) {
                    return refuse(Status::Conflict, QLatin1String(policy::OutreachPolicy::verdictCode(outreach)),
                                  QStringLiteral("this proactive message is not allowed now"));
                }
            }
            message.body = templ->render(parameters);
            message.content = {{QStringLiteral("template"), templ->name}, {QStringLiteral("language"), templ->language}};
            sendRequest = whatsapp::templateMessage(contact.waId, templ->name, templ->language, parameters, clientId);
        }
    } else {
        return refuse(Status::BadRequest, QStringLiteral("invalid_request"),
                      QStringLiteral("kind must be text, buttons, template, note or portal"));
    }

    store::Transaction transaction(m_context.store().database());
    message.id = m_context.inbox().insertMessage(message, proactive, sendRequest);
    m_context.inbox().recordActivity(message);
    if (contact.noticeSent != conversation->contact.noticeSent) {
        m_context.inbox().setContactFlags(contact);
    }
    m_context.inbox().publishMessage(message.id, api::event::MessageAdded);
    const QString action = message.channel == model::Channel::Note     ? QStringLiteral("note.add")
                           : message.channel == model::Channel::Portal ? QStringLiteral("portal.message")
                                                                       : QStringLiteral("message.send");
    QJsonObject detail{{QStringLiteral("message"), qint64(message.id)}, {QStringLiteral("kind"), message.kind}};
    if (!mentions.users.isEmpty()) {
        Mentions::record(m_context, message, mentions.users);
        QJsonArray mentioned;
        for (const std::int64_t user : mentions.users) {
            mentioned.append(qint64(user));
        }
        detail.insert(QStringLiteral("mentions"), mentioned);
    }
    m_context.record(caller.actor(), action, QStringLiteral("conversation:%1").arg(conversationId), detail);
    // The clinic's choice ([inbox] reply_assigns): a reply to a conversation nobody
    // holds (and not waiting in the triage queue) makes the replier its holder, so
    // two people do not keep answering the same patient. Notes claim nothing.
    if (message.channel != model::Channel::Note && m_context.config().replyAssigns && conversation->assigneeId == 0 &&
        !conversation->triage) {
        m_context.inbox().setAssignment(conversationId, caller.user.id, false);
        m_context.inbox().publishConversation(conversationId);
        m_context.record(caller.actor(), QStringLiteral("conversation.assign"), QStringLiteral("conversation:%1").arg(conversationId),
                         {{QStringLiteral("assignee"), qint64(caller.user.id)}, {QStringLiteral("triage"), false},
                          {QStringLiteral("by"), QStringLiteral("reply")}});
    }
    transaction.commit();
    m_context.changes().notifyCommitted();
    return {Status::Accepted, {}, {}, {}, m_context.inbox().message(message.id)};
}

} // namespace cb::server
