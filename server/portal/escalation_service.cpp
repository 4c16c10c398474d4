#include "server/portal/escalation_service.h"

#include "core/api/inbox_dto.h"
#include "core/store/transaction.h"
#include "server/http/api_router.h"
#include "server/inbox/minimum_necessary.h"
#include "server/inbox/outbound_service.h"
#include "server/portal/portal_files.h"
#include "server/portal/portal_messenger.h"
#include "server/server_context.h"

#include <QDate>

namespace cb::server {

namespace {
QString target(std::int64_t conversationId)
{
    return QStringLiteral("conversation:%1").arg(conversationId);
}

HttpResponse noSuchConversation()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
}
} // namespace

EscalationService::EscalationService(ServerContext &context) : m_context(context) {}

HttpResponse EscalationService::escalate(const Caller &caller, std::int64_t conversationId, const QString &reason)
{
    const auto conversation = m_context.inbox().conversation(conversationId);
    if (!conversation) {
        return noSuchConversation();
    }
    PortalMessenger messenger(m_context);
    if (const auto refusal = messenger.cannotReach(*conversation)) {
        return errorResponse(refusal->status, refusal->code, refusal->message);
    }
    store::Transaction transaction(m_context.store().database());
    // Unverified browsers on a revoked link lose their hold at their next request;
    // a patient already verified keeps their session.
    const int revoked = m_context.invitations().revokeUsable(conversationId);
    const auto issued = m_context.invitations().create(conversationId, conversation->contact.id, caller.user.id, reason);
    const std::int64_t messageId = messenger.queue(*conversation, PortalMessenger::Kind::Link, messenger.linkFor(issued.token), caller.user.id);
    // The link itself tells the patient; the first replies need no nudge on top.
    m_context.store().database().prepare("UPDATE contacts SET last_nudge_at_ms = ? WHERE id = ?")
        .bindAll(m_context.clock().nowMs(), conversation->contact.id)
        .run();
    m_context.record(caller.actor(), QStringLiteral("portal.invitation_created"), target(conversationId),
                     {{QStringLiteral("invitation"), qint64(issued.id)}, {QStringLiteral("reason"), reason},
                      {QStringLiteral("revoked_earlier"), revoked}, {QStringLiteral("expires_at_ms"), qint64(issued.expiresAtMs)}});
    m_context.record(caller.actor(), QStringLiteral("portal.invitation_sent"), target(conversationId),
                     {{QStringLiteral("invitation"), qint64(issued.id)}, {QStringLiteral("message"), qint64(messageId)}});
    m_context.inbox().publishConversation(conversationId);
    transaction.commit();
    m_context.changes().notifyCommitted();
    return jsonResponse(MinimumNecessary(m_context.config().frontDeskPortalSummary, caller.user.roles)
                            .conversation(api::conversationToJson(*m_context.inbox().conversation(conversationId))), Status::Created);
}

HttpResponse EscalationService::revoke(const Caller &caller, std::int64_t conversationId)
{
    if (!m_context.inbox().conversation(conversationId)) {
        return noSuchConversation();
    }
    store::Transaction transaction(m_context.store().database());
    const int links = m_context.invitations().revokeUsable(conversationId);
    const int sessions = m_context.portalSessions().endForConversation(conversationId, QStringLiteral("revoked"));
    m_context.record(caller.actor(), QStringLiteral("portal.revoked"), target(conversationId),
                     {{QStringLiteral("links"), links}, {QStringLiteral("sessions"), sessions}});
    m_context.inbox().publishConversation(conversationId);
    transaction.commit();
    m_context.changes().notifyCommitted();
    return jsonResponse(MinimumNecessary(m_context.config().frontDeskPortalSummary, caller.user.roles)
                            .conversation(api::conversationToJson(*m_context.inbox().conversation(conversationId))));
}

HttpResponse EscalationService::setDateOfBirth(const Caller &caller, std::int64_t conversationId, const QJsonObject &body)
{
    const auto conversation = m_context.inbox().conversation(conversationId);
    if (!conversation) {
        return noSuchConversation();
    }
    const QString text = body.value(QStringLiteral("date_of_birth")).toString().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs()).date();
    if (!text.isEmpty() && (text.size() != 10 || !date.isValid() || date > today || date.year() < 1900)) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_date_of_birth"),
                             QStringLiteral("the date of birth must be a past date written YYYY-MM-DD"));
    }
    store::Transaction transaction(m_context.store().database());
    m_context.store().database().prepare("UPDATE contacts SET date_of_birth = ? WHERE id = ?")
        .bindAll(text.isEmpty() ? QString() : date.toString(Qt::ISODate), conversation->contact.id)
        .run();
    // Which way it changed, never the date itself.
    m_context.record(caller.actor(), QStringLiteral("contact.date_of_birth"), target(conversationId),
                     {{QStringLiteral("recorded"), !text.isEmpty()}});
    m_context.inbox().publishConversation(conversationId);
    transaction.commit();
    m_context.changes().notifyCommitted();
    return jsonResponse(MinimumNecessary(m_context.config().frontDeskPortalSummary, caller.user.roles)
                            .conversation(api::conversationToJson(*m_context.inbox().conversation(conversationId))));
}

HttpResponse EscalationService::attach(const Caller &caller, std::int64_t conversationId, const QJsonObject &body)
{
    const auto conversation = m_context.inbox().conversation(conversationId);
    if (!conversation) {
        return noSuchConversation();
    }
    if (!m_context.config().portal.enabled()) {
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("portal_not_configured"),
                             QStringLiteral("the secure portal is not set up on this server"));
    }
    if (!conversation->portal.escalated()) {
        return errorResponse(Status::Conflict, QStringLiteral("not_escalated"),
                             QStringLiteral("send the patient a secure portal link first"));
    }
    if (!conversation->portal.live(m_context.clock().nowMs())) {
        return errorResponse(Status::Conflict, QStringLiteral("portal_not_live"),
                             QStringLiteral("the patient's portal link was revoked, locked or has expired: send a new link first"));
    }
    if (MinimumNecessary::withholdsPortal(m_context.config().frontDeskPortalSummary, caller.user.roles)) {
        return errorResponse(Status::Forbidden, QStringLiteral("portal_withheld"),
                             QStringLiteral("secure messages are for the care team at this clinic"));
    }
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (const auto answer = OutboundService(m_context).retryOrRefusal(caller, conversationId, clientId)) {
        return answer->sent ? jsonResponse(api::messageToJson(*answer->sent)) // a retry: stored once
                            : errorResponse(answer->status, answer->code, answer->message);
    }
    const auto base64 = QByteArray::fromBase64Encoding(body.value(QStringLiteral("data")).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *decoded = base64.decodingStatus == QByteArray::Base64DecodingStatus::Ok ? &base64.decoded : nullptr;
    if (!decoded) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("data must be base64"));
    }
    QString mimeType;
    switch (checkPortalFile(*decoded, body.value(QStringLiteral("mime_type")).toString(), m_context.config().portal.uploadBytes, &mimeType)) {
    case FileProblem::None: break;
    case FileProblem::Empty:
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("the file is empty"));
    case FileProblem::TooLarge:
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("file_too_large"), QStringLiteral("the file is larger than the portal allows"));
    case FileProblem::WrongType:
        return errorResponse(Status::UnsupportedMediaType, QStringLiteral("file_type_refused"),
                             QStringLiteral("only photos (JPEG, PNG) and PDF documents can be sent"));
    }
    const PortalFile file{mimeType, safeFilename(body.value(QStringLiteral("filename")).toString(), mimeType), *decoded};
    std::int64_t messageId = 0;
    {
        store::Transaction transaction(m_context.store().database());
        messageId = storePortalFile(m_context.store().database(), m_context.inbox(), conversationId, model::Direction::Outbound,
                                    caller.user.id, file, clientId, m_context.clock().nowMs());
        m_context.record(caller.actor(), QStringLiteral("portal.upload"), target(conversationId),
                         {{QStringLiteral("message"), qint64(messageId)}, {QStringLiteral("mime_type"), mimeType},
                          {QStringLiteral("size"), qint64(decoded->size())}});
        transaction.commit();
    }
    m_context.changes().notifyCommitted();
    nudge(caller, conversationId);
    return jsonResponse(api::messageToJson(*m_context.inbox().message(messageId)), Status::Accepted);
}

void EscalationService::nudge(const Caller &caller, std::int64_t conversationId)
{
    const auto conversation = m_context.inbox().conversation(conversationId);
    if (!conversation) {
        return;
    }
    store::Database &db = m_context.store().database();
    auto last = db.prepare("SELECT last_nudge_at_ms FROM contacts WHERE id = ?");
    last.bind(1, conversation->contact.id);
    const std::int64_t lastNudge = last.step() ? last.columnInt64(0) : 0;
    const std::int64_t now = m_context.clock().nowMs();
    if (lastNudge > 0 && now - lastNudge < m_context.config().portal.nudgeSeconds * 1000) {
        return; // one nudge covers every reply in the period
    }
    if (!conversation->portal.live(now) || m_context.invitations().portalLocked(conversationId)) {
        return; // revoked, locked or expired: only staff send a new link (never a nudge)
    }
    PortalMessenger messenger(m_context);
    store::Transaction transaction(db);
    if (const auto refusal = messenger.cannotReach(*conversation)) {
        m_context.record(QStringLiteral("system"), QStringLiteral("portal.nudge_skipped"), target(conversationId),
                         {{QStringLiteral("reason"), refusal->code}});
    } else {
        const auto issued = m_context.invitations().create(conversationId, conversation->contact.id, caller.user.id, QStringLiteral("nudge"));
        const std::int64_t messageId = messenger.queue(*conversation, PortalMessenger::Kind::Nudge, messenger.linkFor(issued.token), 0);
        db.prepare("UPDATE contacts SET last_nudge_at_ms = ? WHERE id = ?").bindAll(now, conversation->contact.id).run();
        m_context.record(QStringLiteral("system"), QStringLiteral("portal.nudge_sent"), target(conversationId),
                         {{QStringLiteral("invitation"), qint64(issued.id)}, {QStringLiteral("message"), qint64(messageId)}});
        m_context.inbox().publishConversation(conversationId);
    }
    transaction.commit();
    m_context.changes().notifyCommitted();
}

} // namespace cb::server
