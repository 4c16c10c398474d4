#include "server/inbox/inbox_routes.h"

#include "core/api/identity_dto.h"
#include "core/api/inbox_dto.h"
#include "core/policy/permissions.h"
#include "core/store/transaction.h"
#include "server/http/api_router.h"
#include "server/inbox/outbound_service.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
constexpr int SnapshotPage = 500;
constexpr int MessagePage = 100;

std::int64_t idArg(const ApiRequest &request)
{
    bool ok = false;
    const std::int64_t id = request.args.value(0).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString conversationTarget(std::int64_t id)
{
    return QStringLiteral("conversation:%1").arg(id);
}

HttpResponse noSuchConversation()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
}

// Runs a change to one conversation, publishes its new state and audits it.
template <typename Change>
HttpResponse changeConversation(ServerContext &context, const ApiRequest &request, const QString &action,
                                       const QJsonObject &detail, Change change)
{
    const std::int64_t id = idArg(request);
    if (!context.inbox().conversation(id)) {
        return noSuchConversation();
    }
    store::Transaction transaction(context.store().database());
    change(id);
    context.inbox().publishConversation(id);
    context.record(request.caller->actor(), action, conversationTarget(id), detail);
    transaction.commit();
    context.changes().notifyCommitted();
    return jsonResponse(api::conversationToJson(*context.inbox().conversation(id)));
}
} // namespace

void addInboxRoutes(ApiRouter &router, ServerContext &context)
{
    // Pages of conversation summaries, newest activity first. The first page's
    // `seq` is where the desktop's event stream resumes.
    router.handle("inbox.snapshot", [&context](const ApiRequest &request) {
        const int offset = std::max(0, request.http.query().queryItemValue(QStringLiteral("offset")).toInt());
        QJsonArray conversations;
        for (const model::Conversation &conversation : context.inbox().conversations(SnapshotPage, offset)) {
            conversations.append(api::conversationToJson(conversation));
        }
        QJsonArray templates;
        for (const model::MessageTemplate &templ : context.templates().all()) {
            templates.append(api::templateToJson(templ));
        }
        auto connection = context.store().database().prepare("SELECT status FROM whatsapp_connection WHERE id = 1");
        const QString whatsapp = !context.whatsappCredentials() ? QStringLiteral("not_configured")
                                 : connection.step()            ? connection.columnText(0)
                                                                : QStringLiteral("ok");
        return jsonResponse({{QStringLiteral("seq"), qint64(context.events().lastSeq())},
                             {QStringLiteral("conversations"), conversations},
                             {QStringLiteral("more"), conversations.size() == SnapshotPage},
                             {QStringLiteral("templates"), templates},
                             {QStringLiteral("whatsapp"), whatsapp}});
    });

    router.handle("inbox.colleagues", [&context](const ApiRequest &) {
        QJsonArray people;
        for (const StaffUser &user : context.staff().list()) {
            if (user.active && policy::rolesAllow(user.roles, policy::Permission::ReadConversations)) {
                people.append(QJsonObject{{QStringLiteral("id"), qint64(user.id)},
                                          {QStringLiteral("display_name"), user.displayName},
                                          {QStringLiteral("triage"), policy::rolesAllow(user.roles, policy::Permission::TriageQueue)}});
            }
        }
        return jsonResponse({{QStringLiteral("colleagues"), people}});
    });

    router.handle("conversations.messages", [&context](const ApiRequest &request) {
        const std::int64_t id = idArg(request);
        if (!context.inbox().conversation(id)) {
            return noSuchConversation();
        }
        const std::int64_t before = request.http.query().queryItemValue(QStringLiteral("before")).toLongLong();
        QJsonArray messages;
        for (const model::Message &message : context.inbox().messages(id, before, MessagePage)) {
            messages.append(api::messageToJson(message));
        }
        if (before == 0) {
            context.record(request.caller->actor(), QStringLiteral("conversation.view"), conversationTarget(id));
        }
        return jsonResponse({{QStringLiteral("messages"), messages}, {QStringLiteral("more"), messages.size() == MessagePage}});
    });

    router.handle("conversations.send", [&context](const ApiRequest &request) {
        OutboundService outbound(context);
        const auto outcome = outbound.submit(*request.caller, idArg(request), request.body);
        if (!outcome.sent) {
            return errorResponse(outcome.status, outcome.code, outcome.message, outcome.extra);
        }
        return jsonResponse(api::messageToJson(*outcome.sent), outcome.status);
    });

    // { assignee_id: staff id or 0, triage: bool }
    router.handle("conversations.assign", [&context](const ApiRequest &request) {
        const std::int64_t assignee = request.body.value(QStringLiteral("assignee_id")).toInteger();
        const bool triage = request.body.value(QStringLiteral("triage")).toBool();
        if (assignee != 0) {
            const auto user = context.staff().findById(assignee);
            if (!user || !user->active || !policy::rolesAllow(user->roles, policy::Permission::ReadConversations)) {
                return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_assignee"),
                                     QStringLiteral("that person cannot work on conversations"));
            }
        }
        return changeConversation(context, request, QStringLiteral("conversation.assign"),
                                  {{QStringLiteral("assignee"), qint64(assignee)}, {QStringLiteral("triage"), triage}},
                                  [&](std::int64_t id) { context.inbox().setAssignment(id, assignee, triage); });
    });

    // { status: open|pending|snoozed|resolved, snoozed_until_ms }
    router.handle("conversations.status", [&context](const ApiRequest &request) {
        const auto status = model::conversationStatusFromName(request.body.value(QStringLiteral("status")).toString());
        const std::int64_t until = request.body.value(QStringLiteral("snoozed_until_ms")).toInteger();
        if (!status || (*status == model::ConversationStatus::Snoozed && until <= context.clock().nowMs())) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("status must be open, pending, snoozed (with a future time) or resolved"));
        }
        return changeConversation(context, request, QStringLiteral("conversation.status"),
                                  {{QStringLiteral("status"), QLatin1String(model::conversationStatusName(*status))}},
                                  [&](std::int64_t id) {
                                      context.inbox().setStatus(id, *status,
                                                                *status == model::ConversationStatus::Snoozed ? until : 0);
                                  });
    });

    router.handle("conversations.read", [&context](const ApiRequest &request) {
        auto response = changeConversation(context, request, QStringLiteral("conversation.read"), {},
                                           [&](std::int64_t id) { context.inbox().markRead(id); });
        context.changes().requestReadReceipt(context.inbox().lastInboundWamid(idArg(request)));
        return response;
    });

    // { consent: patient_initiated|documented_request|opt_in, proactive_opt_in: bool }
    router.handle("conversations.consent", [&context](const ApiRequest &request) {
        const auto conversation = context.inbox().conversation(idArg(request));
        const auto consent = model::consentBasisFromName(request.body.value(QStringLiteral("consent")).toString());
        if (!conversation) {
            return noSuchConversation();
        }
        if (!consent) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("consent must be patient_initiated, documented_request or opt_in"));
        }
        model::Contact contact = conversation->contact;
        contact.consent = *consent;
        contact.proactiveOptIn = request.body.value(QStringLiteral("proactive_opt_in")).toBool(*consent == model::ConsentBasis::OptIn);
        return changeConversation(context, request, QStringLiteral("contact.consent"),
                                  {{QStringLiteral("consent"), QLatin1String(model::consentBasisName(*consent))},
                                   {QStringLiteral("proactive_opt_in"), contact.proactiveOptIn}},
                                  [&](std::int64_t) { context.inbox().setContactFlags(contact); });
    });

    // Up to 16 MiB: read on a reader connection, not on the application thread.
    router.handleAsync("messages.media", [&context](const ApiRequest &request, const http::Responder &responder) {
        struct Media
        {
            bool found = false;
            QByteArray mimeType;
            QByteArray data;
        };
        const std::int64_t messageId = idArg(request);
        const QString actor = request.caller->actor();
        const bool queued = context.readers().read<Media>(
            [messageId](store::Database &db) {
                auto row = db.prepare("SELECT mime_type, data FROM media WHERE message_id = ? AND state = 'stored'");
                row.bind(1, messageId);
                Media media;
                if (row.step()) {
                    media = {true, row.columnText(0).toUtf8(), row.columnBlob(1)};
                }
                return media;
            },
            [&context, responder, messageId, actor](Media media) {
                if (!media.found) {
                    return responder.send(errorResponse(Status::NotFound, QStringLiteral("not_found"),
                                                        QStringLiteral("no stored media for that message")));
                }
                context.record(actor, QStringLiteral("media.view"), QStringLiteral("message:%1").arg(messageId));
                responder.send(HttpResponse(media.mimeType, media.data));
            },
            [responder] {
                responder.send(errorResponse(Status::ServiceUnavailable, QStringLiteral("store_unavailable"),
                                             QStringLiteral("the store is unavailable; try again")));
            });
        if (!queued) {
            responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("too many downloads at once; try again"), 1));
        }
    });
}

} // namespace cb::server
