// What a verified patient does in the portal: write, send a file, poll for
// updates, open a file staff sent.
#include "core/api/inbox_dto.h"
#include "core/api/json_text.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/whatsapp/media_type.h"
#include "server/http/api_response.h"
#include "server/portal/form_data.h"
#include "server/portal/portal_files.h"
#include "server/portal/portal_messenger.h"
#include "server/server_context.h"
#include "server/portal/portal_site.h"

#include <QJsonArray>

namespace cb::server::portal {

Response Portal::postMessage(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto form = parseUrlEncodedForm(request.body(), {});
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/messages"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    if (!session.verified) {
        return redirectTo("/portal");
    }
    const QString text = form->value(QStringLiteral("text")).trimmed();
    if (text.isEmpty() || text.size() > 4000) {
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::EmptyMessage), Status::UnprocessableEntity);
    }
    model::Message message;
    message.conversationId = session.conversationId;
    message.channel = model::Channel::Portal;
    message.direction = model::Direction::Inbound;
    message.kind = QStringLiteral("text");
    message.body = text;
    message.state = model::DeliveryState::Received;
    message.sentAtMs = m_context.clock().nowMs();
    store::Transaction transaction(m_context.store().database());
    message.id = m_context.inbox().insertMessage(message);
    m_context.inbox().recordActivity(message);
    m_context.inbox().publishMessage(message.id, api::event::MessageAdded);
    m_context.record(actor(session), QStringLiteral("portal.message"), target(session.conversationId),
                     {{QStringLiteral("message"), qint64(message.id)}});
    transaction.commit();
    m_context.changes().notifyCommitted();
    return redirectTo("/portal#message-" + QByteArray::number(message.id));
}

Response Portal::upload(const Request &request)
{
    const Visit visit = this->visit(request);
    // Nobody without a verified session makes this thread parse a large body.
    if (!visit.lookup.session) {
        return htmlPage(m_pages.notice(PortalPages::Notice::SessionEnded, visit.language, QStringLiteral("/portal")), Status::Unauthorized);
    }
    if (!visit.lookup.session->verified) {
        return redirectTo("/portal");
    }
    FormLimits limits;
    // The route's own limit bounds the body; a file over the portal's limit is
    // still read, so the page can say "too large" rather than fail the form.
    limits.maxFileBytes = m_context.config().portal.uploadBytes + 64 * 1024;
    const auto form = parseMultipartForm(request.value("content-type"), request.body(), limits);
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/upload"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    if (!session.verified) {
        return redirectTo("/portal");
    }
    if (!form->file) {
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::NoFile), Status::UnprocessableEntity, true);
    }
    QString mimeType;
    switch (checkPortalFile(form->file->data, form->file->declaredType, m_context.config().portal.uploadBytes, &mimeType)) {
    case FileProblem::None: break;
    case FileProblem::Empty:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::NoFile), Status::UnprocessableEntity, true);
    case FileProblem::TooLarge:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::FileTooLarge), Status::PayloadTooLarge, true);
    case FileProblem::WrongType:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::FileType), Status::UnsupportedMediaType, true);
    }
    const PortalFile file{mimeType, safeFilename(form->file->filename, mimeType), form->file->data};
    store::Transaction transaction(m_context.store().database());
    const std::int64_t messageId = storePortalFile(m_context.store().database(), m_context.inbox(), session.conversationId,
                                                   model::Direction::Inbound, 0, file, {}, m_context.clock().nowMs());
    m_context.record(actor(session), QStringLiteral("portal.upload"), target(session.conversationId),
                     {{QStringLiteral("message"), qint64(messageId)}, {QStringLiteral("mime_type"), mimeType},
                      {QStringLiteral("size"), qint64(file.data.size())}});
    transaction.commit();
    m_context.changes().notifyCommitted();
    return redirectTo("/portal#message-" + QByteArray::number(messageId));
}

// For the page's script: messages after the one it shows last. Polling is not
// the patient's activity, so it never keeps an idle session alive.
Response Portal::updates(const Request &request)
{
    const Visit visit = this->visit(request, false);
    const auto &session = visit.lookup.session;
    if (!session || !session->verified) {
        return errorResponse(Status::Unauthorized, QStringLiteral("session_ended"), QStringLiteral("open the newest link again"));
    }
    bool ok = false;
    const std::int64_t after = request.query().queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("after must be a message id"));
    }
    // Only messages newer than the page: a guessed "after" cannot reach further back than 0 would.
    const QList<model::Message> messages = m_context.inbox().channelMessages(session->conversationId, model::Channel::Portal,
                                                                            after, PageMessages);
    QJsonArray items;
    for (const model::Message &message : messages) {
        items.append(QJsonObject{{QStringLiteral("id"), qint64(message.id)}, {QStringLiteral("html"), m_pages.messageItem(visit.language, message)}});
    }
    if (!messages.isEmpty()) {
        m_context.record(actor(*session), QStringLiteral("portal.view"), target(session->conversationId),
                         {{QStringLiteral("after"), qint64(after)}, {QStringLiteral("count"), messages.size()},
                          {QStringLiteral("first_id"), qint64(messages.first().id)}, {QStringLiteral("last_id"), qint64(messages.last().id)}});
        markRead(*session, messages);
    }
    return jsonResponse({{QStringLiteral("messages"), items},
                         {QStringLiteral("after"), qint64(messages.isEmpty() ? after : messages.last().id)}});
}

void Portal::media(const Request &request, const QString &id, const Responder &responder)
{
    const Visit visit = this->visit(request);
    const auto &session = visit.lookup.session;
    if (!session || !session->verified) {
        return responder.send(htmlPage(m_pages.notice(PortalPages::Notice::SessionEnded, visit.language, QStringLiteral("/portal")),
                                       Status::Unauthorized));
    }
    struct File
    {
        bool found = false;
        QString mimeType;
        QString filename;
        QByteArray data;
    };
    const std::int64_t messageId = id.toLongLong();
    const std::int64_t conversationId = session->conversationId;
    const QString who = actor(*session);
    auto self = shared_from_this();
    const bool queued = m_context.readers().read<File>(
        [messageId, conversationId](store::Database &db) {
            // Only a file of this session's own conversation, on the portal channel,
            // and never one retracted (sent to the wrong patient) or purged.
            auto row = db.prepare("SELECT d.mime_type, m.content, d.data FROM media d JOIN messages m ON m.id = d.message_id "
                                  "WHERE d.message_id = ? AND m.conversation_id = ? AND m.channel = 'portal' AND d.state = 'stored' "
                                  "AND m.retracted_at_ms = 0 AND m.purged_at_ms = 0");
            row.bindAll(messageId, conversationId);
            File file;
            if (row.step()) {
                file = {true, row.columnText(0), api::parseJsonObject(row.columnText(1)).value(QStringLiteral("filename")).toString(),
                        row.columnBlob(2)};
            }
            return file;
        },
        [self, responder, messageId, conversationId, who](const File &file) {
            http::sendSafely(responder, [&] {
                if (!file.found) {
                    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such file"));
                }
                self->m_context.record(who, QStringLiteral("portal.media_view"), self->target(conversationId),
                                       {{QStringLiteral("message"), qint64(messageId)}});
                const QString type = whatsapp::canonicalMediaType(file.mimeType).value_or(QStringLiteral("application/octet-stream"));
                Response response(type.toLatin1(), file.data);
                // A PDF is a download; its name is ours (safeFilename) and ASCII-quoted here.
                QByteArray ascii;
                for (const QChar c : safeFilename(file.filename, type)) { // files stored before names were tied to their type too
                    ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? char(c.unicode()) : '_';
                }
                response.setHeader("Content-Disposition", type == QLatin1String("application/pdf")
                                                              ? "attachment; filename=\"" + ascii + '"'
                                                              : QByteArray("inline"));
                return response;
            });
        },
        [responder] {
            responder.send(errorResponse(Status::ServiceUnavailable, QStringLiteral("store_unavailable"), QStringLiteral("try again")));
        });
    if (!queued) {
        responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("try again"), 1));
    }
}

} // namespace cb::server::portal
