#include "server/admin/retraction.h"

#include "core/api/inbox_dto.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/event_scrubber.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/inbox/minimum_necessary.h"
#include "server/server_context.h"

namespace cb::server {

HttpResponse retractMessage(ServerContext &context, const Caller &caller, std::int64_t messageId, const QJsonObject &body)
{
    const auto reason = boundedText(body, "reason", 3, 500);
    if (!reason) {
        return invalidField("reason", QStringLiteral("a reason of 3 to 500 characters is required"));
    }
    const auto message = context.inbox().message(messageId);
    if (!message) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such message"));
    }
    if (message->direction == model::Direction::Inbound) {
        return errorResponse(Status::UnprocessableEntity, QStringLiteral("not_staff_message"),
                             QStringLiteral("only messages staff wrote can be retracted; report a misdirected patient message as an incident"));
    }
    if (message->hidden()) {
        return errorResponse(Status::Conflict, QStringLiteral("already_hidden"), QStringLiteral("the message is already retracted or purged"));
    }
    store::Database &db = context.store().database();
    const std::int64_t now = context.clock().nowMs();
    store::Transaction transaction(db);
    EventScrubber scrubber(db, context.inbox());
    scrubber.collect({messageId});
    // A reply still waiting to go is never sent; one already with WhatsApp cannot be unsent.
    const bool cancelled = message->state == model::DeliveryState::Queued;
    if (cancelled) {
        context.inbox().setDelivery(messageId, model::DeliveryState::Failed, now, QStringLiteral("retracted"),
                                    QStringLiteral("retracted before it was sent"));
    }
    db.prepare("UPDATE messages SET retracted_at_ms = ?, retracted_by = ?, retraction_reason = ? WHERE id = ?")
        .bindAll(now, caller.user.id, *reason, messageId)
        .run();
    const int rewritten = scrubber.scrub(message->conversationId);
    context.inbox().publishMessage(messageId, api::event::MessageChanged);
    context.inbox().publishConversation(message->conversationId);
    // Ids only: the reason stays in the store, the text never leaves it.
    context.record(caller.actor(), QStringLiteral("message.retract"), QStringLiteral("message:%1").arg(messageId),
                   {{QStringLiteral("conversation"), qint64(message->conversationId)},
                    {QStringLiteral("channel"), QLatin1String(model::channelName(message->channel))},
                    {QStringLiteral("send_cancelled"), cancelled},
                    {QStringLiteral("events_rewritten"), rewritten}});
    transaction.commit();
    context.changes().notifyCommitted();
    const MinimumNecessary reader(context.config().frontDeskPortalSummary, caller.user.roles);
    return jsonResponse(reader.message(api::messageToJson(*context.inbox().message(messageId))));
}

} // namespace cb::server
