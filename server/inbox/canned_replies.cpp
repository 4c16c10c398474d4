#include "server/inbox/canned_replies.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
QJsonObject replyJson(store::Statement &row)
{
    return {{QStringLiteral("id"), qint64(row.columnInt64(0))},
            {QStringLiteral("title"), row.columnText(1)},
            {QStringLiteral("language"), row.columnText(2)},
            {QStringLiteral("body"), row.columnText(3)},
            {QStringLiteral("updated_at_ms"), qint64(row.columnInt64(4))}};
}

constexpr const char *Columns = "SELECT id, title, language, body, updated_at_ms FROM canned_replies ";
} // namespace

HttpResponse CannedReplies::list()
{
    auto rows = m_context.store().database().prepare(std::string(Columns) + "ORDER BY title COLLATE NOCASE, language LIMIT ?");
    rows.bind(1, MaxReplies);
    QJsonArray replies;
    while (rows.step()) {
        replies.append(replyJson(rows));
    }
    return jsonResponse({{QStringLiteral("canned_replies"), replies}});
}

HttpResponse CannedReplies::save(const Caller &caller, const QJsonObject &body)
{
    const std::int64_t id = body.value(QStringLiteral("id")).toInteger();
    const auto title = boundedText(body, "title", 1, MaxTitle);
    if (!title || title->trimmed().isEmpty() || title->contains(QLatin1Char('\n'))) {
        return invalidField("title", QStringLiteral("a title is one line of 1 to %1 characters").arg(MaxTitle));
    }
    const QString language = body.value(QStringLiteral("language")).toString();
    if (language != QLatin1String("en") && language != QLatin1String("es")) {
        return invalidField("language", QStringLiteral("language must be en or es"));
    }
    const auto text = boundedText(body, "body", 1, MaxBody);
    if (!text || text->trimmed().isEmpty()) {
        return invalidField("body", QStringLiteral("a reply needs 1 to %1 characters").arg(MaxBody));
    }
    // Staff send these on WhatsApp: what PhiGuard would stop in the composer is never saved.
    const auto verdict = m_context.phiGuard().check(*text);
    if (!verdict.allowed()) {
        return errorResponse(Status::UnprocessableEntity, QStringLiteral("phi_refused"),
                             QStringLiteral("this reads as medical or identifying information, which a canned reply for WhatsApp must not hold"),
                             {{QStringLiteral("rules"), QJsonArray::fromStringList(verdict.rules())}});
    }
    store::Database &db = m_context.store().database();
    store::Transaction transaction(db);
    auto clash = db.prepare("SELECT id FROM canned_replies WHERE title = ? AND language = ? AND id != ?");
    clash.bindAll(title->trimmed(), language, id);
    if (clash.step()) {
        return errorResponse(Status::Conflict, QStringLiteral("duplicate_title"),
                             QStringLiteral("another reply in this language has that title"));
    }
    const std::int64_t now = m_context.clock().nowMs();
    std::int64_t saved = id;
    if (id > 0) {
        db.prepare("UPDATE canned_replies SET title = ?, language = ?, body = ?, updated_by = ?, updated_at_ms = ? WHERE id = ?")
            .bindAll(title->trimmed(), language, text->trimmed(), caller.user.id, now, id)
            .run();
        if (db.changes() == 0) {
            return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such canned reply"));
        }
    } else {
        auto count = db.prepare("SELECT count(*) FROM canned_replies");
        if (count.step() && count.columnInt64(0) >= MaxReplies) {
            return errorResponse(Status::Conflict, QStringLiteral("too_many"),
                                 QStringLiteral("a clinic keeps at most %1 canned replies").arg(MaxReplies));
        }
        db.prepare("INSERT INTO canned_replies (title, language, body, updated_by, updated_at_ms) VALUES (?, ?, ?, ?, ?)")
            .bindAll(title->trimmed(), language, text->trimmed(), caller.user.id, now)
            .run();
        saved = db.lastInsertRowId();
    }
    m_context.record(caller.actor(), QStringLiteral("canned_reply.saved"), QStringLiteral("canned_reply:%1").arg(saved),
                     {{QStringLiteral("language"), language}, {QStringLiteral("new"), id == 0}});
    transaction.commit();
    auto row = db.prepare(std::string(Columns) + "WHERE id = ?");
    row.bind(1, saved);
    row.step();
    return jsonResponse(replyJson(row), id > 0 ? Status::Ok : Status::Created);
}

HttpResponse CannedReplies::remove(const Caller &caller, std::int64_t id)
{
    store::Database &db = m_context.store().database();
    store::Transaction transaction(db);
    db.prepare("DELETE FROM canned_replies WHERE id = ?").bind(1, id).run();
    if (db.changes() == 0) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such canned reply"));
    }
    m_context.record(caller.actor(), QStringLiteral("canned_reply.deleted"), QStringLiteral("canned_reply:%1").arg(id));
    transaction.commit();
    return jsonResponse({{QStringLiteral("deleted"), true}});
}

void addCannedReplyRoutes(ApiRouter &router, ServerContext &context)
{
    router.handle("canned.list", [&context](const ApiRequest &) { return CannedReplies(context).list(); });
    router.handle("canned.save", [&context](const ApiRequest &request) {
        return CannedReplies(context).save(*request.caller, request.body);
    });
    router.handle("canned.delete", [&context](const ApiRequest &request) {
        return CannedReplies(context).remove(*request.caller, request.pathId());
    });
}

} // namespace cb::server
