#include "server/whatsapp/webhook_ingest.h"

#include "core/api/inbox_dto.h"
#include "core/audit/audit_log.h"
#include "core/log/logging.h"
#include "core/policy/outreach_policy.h"
#include "core/policy/phi_guard.h"
#include "core/store/database.h"
#include "core/store/savepoint.h"
#include "core/store/store_error.h"
#include "core/whatsapp/send_failure.h"
#include "server/inbox/inbox_store.h"
#include "server/whatsapp/dead_letters.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace cb::server {

QString guessLanguage(const QString &text)
{
    static const QRegularExpression spanish(
        QStringLiteral(R"(\b(hola|gracias|cita|buenos|buenas|por favor|quiero|puedo|necesito|manana|usted|senora?|doctora?|estoy|tengo|baja)\b|[¿¡ñ])"));
    return spanish.match(policy::PhiGuard::normalise(text) + QLatin1Char(' ') + text.left(1)).hasMatch()
               ? QStringLiteral("es")
               : QStringLiteral("en");
}

WebhookIngest::WebhookIngest(store::Database &db, InboxStore &inbox, audit::AuditLog &audit, DeadLetters &deadLetters,
                             QString phoneNumberId)
    : m_db(db), m_inbox(inbox), m_audit(audit), m_deadLetters(deadLetters), m_phoneNumberId(std::move(phoneNumberId))
{
}

namespace {
// Busy and I/O errors are the store's, not the message's: Meta should retry.
bool storeCannotWrite(const store::StoreError &error)
{
    return error.kind() == store::StoreError::Kind::Busy || error.kind() == store::StoreError::Kind::Io;
}

QByteArray bytesOf(const QJsonObject &envelope)
{
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}
} // namespace

template <typename Apply>
void WebhookIngest::isolated(const char *what, const QJsonObject &envelope, Result &result, Apply apply)
{
    QString failure;
    try {
        store::Savepoint part(m_db);
        apply();
        part.release();
        return;
    } catch (const store::StoreError &error) {
        if (storeCannotWrite(error)) {
            throw;
        }
        failure = QStringLiteral("%1_not_applied").arg(QLatin1String(what));
        log::logger("webhook")->error("a {} could not be applied: {}", what, error.what());
    } catch (const std::exception &error) {
        failure = QStringLiteral("%1_not_applied").arg(QLatin1String(what));
        log::logger("webhook")->error("a {} could not be applied: {}", what, error.what());
    }
    m_deadLetters.keep(failure, bytesOf(envelope));
    ++result.deadLetters;
}

void WebhookIngest::ingest(const whatsapp::WebhookDelivery &delivery, Result &result)
{
    for (const whatsapp::UnreadablePart &part : delivery.unreadable) {
        m_deadLetters.keep(part.reason, bytesOf(part.envelope));
        ++result.deadLetters;
    }
    for (const whatsapp::InboundMessage &message : delivery.messages) {
        if (message.phoneNumberId != m_phoneNumberId) {
            ++result.otherNumber;
            continue;
        }
        isolated("message", message.envelope, result, [&] { storeMessage(message, result); });
    }
    for (const whatsapp::StatusUpdate &status : delivery.statuses) {
        if (status.phoneNumberId != m_phoneNumberId) {
            ++result.otherNumber;
            continue;
        }
        isolated("status", status.envelope, result, [&] { applyStatus(status, result); });
    }
}

void WebhookIngest::keepUnreadableBody(const QByteArray &body, Result &result)
{
    m_deadLetters.keep(QStringLiteral("not_a_whatsapp_delivery"), body);
    ++result.deadLetters;
}

void WebhookIngest::storeMessage(const whatsapp::InboundMessage &inbound, Result &result)
{
    if (m_inbox.messageByWamid(inbound.wamid)) {
        ++result.duplicates; // at-least-once delivery: we have it already
        return;
    }
    const InboxStore::ContactMatch match = m_inbox.contactFor(inbound.waId, inbound.userId, inbound.profileName);
    model::Contact contact = match.contact;
    if (match.numberChanged) {
        m_audit.append({0, inbound.timestampMs, QStringLiteral("system"), QStringLiteral("contact.number_changed"),
                        QStringLiteral("contact:%1").arg(contact.id), {}});
    }
    if (match.releasedContactId != 0) {
        m_audit.append({0, inbound.timestampMs, QStringLiteral("system"), QStringLiteral("contact.number_released"),
                        QStringLiteral("contact:%1").arg(match.releasedContactId),
                        {{QStringLiteral("now_with"), QStringLiteral("contact:%1").arg(contact.id)}}});
    }
    const std::int64_t conversationId = m_inbox.conversationFor(contact.id);

    model::Message message;
    message.conversationId = conversationId;
    message.channel = model::Channel::WhatsApp;
    message.direction = model::Direction::Inbound;
    message.kind = inbound.kind;
    message.body = inbound.body;
    message.content = inbound.content;
    if (!inbound.contextWamid.isEmpty()) {
        message.content.insert(QStringLiteral("context_wamid"), inbound.contextWamid);
    }
    message.externalId = inbound.wamid;
    message.state = model::DeliveryState::Received;
    message.sentAtMs = inbound.timestampMs;
    const std::int64_t messageId = m_inbox.insertMessage(message);
    message.id = messageId;
    m_inbox.recordActivity(message);

    if (message.content.contains(QStringLiteral("media_id"))) {
        m_db.prepare("INSERT INTO media (message_id, media_id, mime_type, sha256) VALUES (?, ?, ?, ?)")
            .bindAll(messageId, message.content.value(QStringLiteral("media_id")).toString(),
                     message.content.value(QStringLiteral("mime_type")).toString(),
                     message.content.value(QStringLiteral("sha256")).toString())
            .run();
    }

    bool contactChanged = false;
    if (contact.language.isEmpty() && inbound.kind == QLatin1String("text")) {
        contact.language = guessLanguage(inbound.body);
        contactChanged = true;
    }
    if (inbound.kind == QLatin1String("text") && policy::isOptOutKeyword(inbound.body) && !contact.optedOut) {
        contact.optedOut = true;
        contact.proactiveOptIn = false;
        contactChanged = true;
        m_audit.append({0, message.sentAtMs, QStringLiteral("system"), QStringLiteral("contact.opt_out"),
                        QStringLiteral("contact:%1").arg(contact.id), {}});
    } else if (inbound.kind == QLatin1String("text") && policy::isOptInKeyword(inbound.body) && contact.optedOut) {
        contact.optedOut = false;
        contactChanged = true;
        m_audit.append({0, message.sentAtMs, QStringLiteral("system"), QStringLiteral("contact.opt_back_in"),
                        QStringLiteral("contact:%1").arg(contact.id), {}});
    }
    if (contactChanged) {
        m_inbox.setContactFlags(contact);
    }
    m_inbox.publishMessage(messageId, api::event::MessageAdded);
    ++result.messagesStored;
}

void WebhookIngest::applyStatus(const whatsapp::StatusUpdate &status, Result &result)
{
    auto message = m_inbox.messageByWamid(status.wamid);
    if (!message && !status.clientId.isEmpty()) {
        // The send response was lost (crash, timeout) but Meta echoes our client id.
        message = m_inbox.messageByClientId(status.clientId);
        if (message) {
            m_inbox.setWamid(message->id, status.wamid);
        }
    }
    if (!message || !model::deliveryMovesForward(message->state, status.state)) {
        ++result.statusesIgnored;
        return;
    }
    QString code;
    QString reason;
    if (status.state == model::DeliveryState::Failed) {
        const auto failure = whatsapp::SendFailure::fromStatusError(status.errorCode, status.errorTitle);
        code = failure.code;
        reason = failure.reason;
        result.reauthorisationNeeded |= failure.kind == whatsapp::SendFailure::Kind::NeedsReauthorisation;
    }
    m_inbox.setDelivery(message->id, status.state, status.timestampMs, code, reason);
    m_inbox.publishMessage(message->id, api::event::MessageChanged);
    ++result.statusesApplied;
}

} // namespace cb::server
