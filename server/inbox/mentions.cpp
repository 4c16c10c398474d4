#include "server/inbox/mentions.h"

#include "core/api/inbox_dto.h"
#include "core/policy/permissions.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QSet>

namespace cb::server {

namespace {
QJsonObject mentionJson(std::int64_t conversationId, std::int64_t messageId, std::int64_t by, std::int64_t atMs, bool seen)
{
    return {{QStringLiteral("conversation_id"), qint64(conversationId)},
            {QStringLiteral("message_id"), qint64(messageId)},
            {QStringLiteral("by"), qint64(by)},
            {QStringLiteral("at_ms"), qint64(atMs)},
            {QStringLiteral("seen"), seen}};
}
} // namespace

Mentions::Checked Mentions::check(ServerContext &context, const QJsonValue &ids, const QString &text, std::int64_t authorId)
{
    Checked checked;
    if (ids.isUndefined()) {
        return checked;
    }
    const QString rule = QStringLiteral("mentions must name at most %1 active colleagues who read conversations, "
                                        "each written as @Name in the note").arg(MaxPerNote);
    if (!ids.isArray() || ids.toArray().size() > MaxPerNote) {
        checked.problem = rule;
        return checked;
    }
    QSet<std::int64_t> seen;
    for (const QJsonValue &value : ids.toArray()) {
        const std::int64_t id = value.isDouble() ? value.toInteger(0) : 0;
        const auto user = id > 0 ? context.staff().findById(id) : std::nullopt;
        if (!user || !user->active || !policy::rolesAllow(user->roles, policy::Permission::ReadConversations) ||
            !text.contains(QLatin1Char('@') + user->displayName, Qt::CaseInsensitive) || seen.contains(id)) {
            checked.problem = rule;
            checked.users.clear();
            return checked;
        }
        seen.insert(id);
        if (id != authorId) { // naming yourself tells nobody
            checked.users.append(id);
        }
    }
    return checked;
}

void Mentions::record(ServerContext &context, const model::Message &note, const QList<std::int64_t> &users)
{
    store::Database &db = context.store().database();
    for (const std::int64_t user : users) {
        db.prepare("INSERT INTO mentions (message_id, user_id, conversation_id, by_user_id, at_ms) VALUES (?, ?, ?, ?, ?)")
            .bindAll(note.id, user, note.conversationId, note.authorId, note.sentAtMs)
            .run();
        context.events().append(api::event::MentionAdded, audience::person(user),
                                mentionJson(note.conversationId, note.id, note.authorId, note.sentAtMs, false));
    }
}

QJsonArray Mentions::listFor(store::Database &db, std::int64_t userId, std::int64_t nowMs)
{
    auto rows = db.prepare("SELECT conversation_id, message_id, by_user_id, at_ms, seen_at_ms FROM mentions "
                           "WHERE user_id = ? AND at_ms >= ? ORDER BY at_ms DESC LIMIT ?");
    rows.bindAll(userId, nowMs - std::int64_t(MentionDays) * 24 * 3'600'000, MaxListed);
    QJsonArray list;
    while (rows.step()) {
        list.append(mentionJson(rows.columnInt64(0), rows.columnInt64(1), rows.columnInt64(2), rows.columnInt64(3),
                                rows.columnInt64(4) != 0));
    }
    return list;
}

void addMentionRoutes(ApiRouter &router, ServerContext &context)
{
    // The person opened the conversation: their mentions in it are read.
    router.handle("conversations.mentions_seen", [&context](const ApiRequest &request) {
        const std::int64_t id = request.pathId();
        if (!context.inbox().conversation(id)) {
            return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
        }
        const std::int64_t me = request.caller->user.id;
        store::Transaction transaction(context.store().database());
        auto update = context.store().database().prepare(
            "UPDATE mentions SET seen_at_ms = ? WHERE user_id = ? AND conversation_id = ? AND seen_at_ms = 0");
        update.bindAll(context.clock().nowMs(), me, id).run();
        const int changed = context.store().database().changes();
        if (changed > 0) {
            context.events().append(api::event::MentionSeen, audience::person(me), {{QStringLiteral("conversation_id"), qint64(id)}});
        }
        transaction.commit();
        if (changed > 0) {
            context.changes().notifyCommitted();
        }
        return jsonResponse({{QStringLiteral("seen"), changed}});
    });
}

} // namespace cb::server
