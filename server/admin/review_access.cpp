#include "server/admin/patient_labels.h"
#include "server/admin/review_access.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
constexpr int PageSize = 100;

QJsonObject reviewToJson(store::Statement &row, std::int64_t nowMs)
{
    return {{QStringLiteral("id"), qint64(row.columnInt64(0))},
            {QStringLiteral("conversation_id"), qint64(row.columnInt64(1))},
            {QStringLiteral("reason"), row.columnText(2)},
            {QStringLiteral("opened_at_ms"), qint64(row.columnInt64(3))},
            {QStringLiteral("expires_at_ms"), qint64(row.columnInt64(4))},
            {QStringLiteral("reads"), qint64(row.columnInt64(5))},
            {QStringLiteral("live"), nowMs < row.columnInt64(4)}};
}

QJsonObject reviewedMessage(store::Statement &row)
{
    QJsonObject message{{QStringLiteral("id"), qint64(row.columnInt64(0))},
                        {QStringLiteral("channel"), row.columnText(1)},
                        {QStringLiteral("direction"), row.columnText(2)},
                        {QStringLiteral("kind"), row.columnText(3)},
                        {QStringLiteral("body"), row.columnText(4)},
                        {QStringLiteral("author_id"), qint64(row.columnInt64(5))},
                        {QStringLiteral("state"), row.columnText(6)},
                        {QStringLiteral("sent_at_ms"), qint64(row.columnInt64(7))}};
    if (row.columnInt64(8) > 0) {
        message.insert(QStringLiteral("retracted_at_ms"), qint64(row.columnInt64(8)));
        message.insert(QStringLiteral("retracted_by"), qint64(row.columnInt64(9)));
        message.insert(QStringLiteral("retraction_reason"), row.columnText(10));
    }
    if (row.columnInt64(11) > 0) {
        message.insert(QStringLiteral("purged_at_ms"), qint64(row.columnInt64(11)));
    }
    return message;
}
} // namespace

HttpResponse ReviewAccess::open(const Caller &caller, const QJsonObject &body)
{
    const std::int64_t conversationId = body.value(QStringLiteral("conversation_id")).toInteger();
    const auto reason = boundedText(body, "reason", MinReasonLength, 1000);
    if (!reason) {
        return invalidField("reason", QStringLiteral("state the investigation's reason (%1 to 1000 characters)").arg(MinReasonLength));
    }
    const std::int64_t minutes = body.value(QStringLiteral("minutes")).toInteger(DefaultMinutes);
    if (minutes < 1 || minutes > MaxMinutes) {
        return invalidField("minutes", QStringLiteral("a review lasts 1 to %1 minutes").arg(MaxMinutes));
    }
    if (conversationId <= 0 || !m_context.inbox().conversation(conversationId)) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
    }
    store::Database &db = m_context.store().database();
    const std::int64_t now = m_context.clock().nowMs();
    const std::int64_t expires = now + minutes * 60 * 1000;
    store::Transaction transaction(db);
    db.prepare("INSERT INTO compliance_reviews (conversation_id, reviewer_id, reason, opened_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)")
        .bindAll(conversationId, caller.user.id, *reason, now, expires)
        .run();
    const std::int64_t id = db.lastInsertRowId();
    const std::int64_t seq = m_context.audit().append({0, now, caller.actor(), QStringLiteral("review.opened"),
                                                       conversationSubject(conversationId),
                                                       {{QStringLiteral("review"), qint64(id)},
                                                        {QStringLiteral("expires_at_ms"), qint64(expires)},
                                                        {QStringLiteral("reason_length"), int(reason->size())}}});
    db.prepare("INSERT INTO compliance_flags (kind, actor, subject, audit_seq, created_at_ms) VALUES ('review_access', ?, ?, ?, ?)")
        .bindAll(caller.actor(), conversationSubject(conversationId), seq, now)
        .run();
    transaction.commit();
    return jsonResponse({{QStringLiteral("id"), qint64(id)},
                         {QStringLiteral("conversation_id"), qint64(conversationId)},
                         {QStringLiteral("patient"), conversationPatient(db, conversationId)},
                         {QStringLiteral("opened_at_ms"), qint64(now)},
                         {QStringLiteral("expires_at_ms"), qint64(expires)}},
                        Status::Created);
}

HttpResponse ReviewAccess::list(const Caller &caller)
{
    auto row = m_context.store().database().prepare(
        "SELECT id, conversation_id, reason, opened_at_ms, expires_at_ms, reads FROM compliance_reviews WHERE reviewer_id = ? "
        "ORDER BY id DESC LIMIT 100");
    row.bind(1, caller.user.id);
    QJsonArray reviews;
    while (row.step()) {
        reviews.append(reviewToJson(row, m_context.clock().nowMs()));
    }
    namePatients(m_context.store().database(), reviews);
    return jsonResponse({{QStringLiteral("reviews"), reviews}});
}

HttpResponse ReviewAccess::messages(const Caller &caller, std::int64_t reviewId, std::int64_t before)
{
    store::Database &db = m_context.store().database();
    auto review = db.prepare("SELECT conversation_id, expires_at_ms FROM compliance_reviews WHERE id = ? AND reviewer_id = ?");
    review.bindAll(reviewId, caller.user.id);
    if (!review.step()) {
        // Another officer's review is not a way in either.
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such review of yours"));
    }
    const std::int64_t conversationId = review.columnInt64(0);
    const std::int64_t now = m_context.clock().nowMs();
    if (now >= review.columnInt64(1)) {
        m_context.record(caller.actor(), QStringLiteral("review.expired_read"), conversationSubject(conversationId),
                         {{QStringLiteral("review"), qint64(reviewId)}});
        return errorResponse(Status::Gone, QStringLiteral("review_expired"),
                             QStringLiteral("this review has expired; open a new one with its reason"));
    }
    auto row = db.prepare("SELECT id, channel, direction, kind, CASE WHEN purged_at_ms > 0 THEN '' ELSE body END, "
                          "COALESCE(author_id, 0), state, sent_at_ms, retracted_at_ms, COALESCE(retracted_by, 0), retraction_reason, "
                          "purged_at_ms FROM messages WHERE conversation_id = ? AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?");
    row.bindAll(conversationId, before, before, PageSize);
    QJsonArray messages;
    while (row.step()) {
        messages.prepend(reviewedMessage(row));
    }
    store::Transaction transaction(db);
    db.prepare("UPDATE compliance_reviews SET reads = reads + 1 WHERE id = ?").bind(1, reviewId).run();
    QJsonObject detail{{QStringLiteral("access"), QStringLiteral("compliance_review")},
                       {QStringLiteral("review"), qint64(reviewId)},
                       {QStringLiteral("before"), qint64(before)},
                       {QStringLiteral("count"), messages.size()}};
    if (!messages.isEmpty()) {
        detail.insert(QStringLiteral("first_id"), messages.first().toObject().value(QStringLiteral("id")));
        detail.insert(QStringLiteral("last_id"), messages.last().toObject().value(QStringLiteral("id")));
    }
    m_context.record(caller.actor(), QStringLiteral("conversation.view"), conversationSubject(conversationId), detail);
    transaction.commit();
    return jsonResponse({{QStringLiteral("conversation_id"), qint64(conversationId)},
                         {QStringLiteral("messages"), messages},
                         {QStringLiteral("more"), messages.size() == PageSize}});
}

} // namespace cb::server
