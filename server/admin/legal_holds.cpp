#include "server/admin/legal_holds.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace cb::server {

namespace {
constexpr int ReleasedShown = 200;

QJsonObject holdToJson(store::Statement &row)
{
    QJsonObject hold{{QStringLiteral("id"), qint64(row.columnInt64(0))},
                     {QStringLiteral("reason"), row.columnText(3)},
                     {QStringLiteral("placed_by"), qint64(row.columnInt64(4))},
                     {QStringLiteral("placed_at_ms"), qint64(row.columnInt64(5))},
                     {QStringLiteral("released_at_ms"), qint64(row.columnInt64(6))}};
    if (!row.isNull(1)) {
        hold.insert(QStringLiteral("contact_id"), qint64(row.columnInt64(1)));
    }
    if (!row.isNull(2)) {
        hold.insert(QStringLiteral("conversation_id"), qint64(row.columnInt64(2)));
    }
    if (row.columnInt64(6) > 0) {
        hold.insert(QStringLiteral("released_by"), qint64(row.columnInt64(7)));
        hold.insert(QStringLiteral("release_reason"), row.columnText(8));
    }
    return hold;
}
} // namespace

const char *LegalHolds::heldCondition()
{
    return "(conversation_id IN (SELECT conversation_id FROM legal_holds WHERE released_at_ms = 0 AND conversation_id IS NOT NULL) "
           "OR conversation_id IN (SELECT v.id FROM conversations v JOIN legal_holds h ON h.contact_id = v.contact_id "
           "AND h.released_at_ms = 0))";
}

// A dead letter is the signed body Meta sent: it names the patient by number
// (or business-scoped id), so a hold finds its copies there by that.
const char *LegalHolds::deadLetterHeldCondition()
{
    return "EXISTS (SELECT 1 FROM contacts c WHERE (c.id IN (SELECT contact_id FROM legal_holds WHERE released_at_ms = 0 "
           "AND contact_id IS NOT NULL) OR c.id IN (SELECT v.contact_id FROM conversations v JOIN legal_holds h "
           "ON h.conversation_id = v.id AND h.released_at_ms = 0)) AND (instr(dead_letters.payload, CAST(c.wa_id AS BLOB)) > 0 "
           "OR (c.user_id IS NOT NULL AND instr(dead_letters.payload, CAST(c.user_id AS BLOB)) > 0)))";
}

HttpResponse LegalHolds::place(const Caller &caller, const QJsonObject &body)
{
    const std::int64_t conversationId = body.value(QStringLiteral("conversation_id")).toInteger();
    const std::int64_t contactId = body.value(QStringLiteral("contact_id")).toInteger();
    if ((conversationId > 0) == (contactId > 0)) {
        return invalidField("conversation_id", QStringLiteral("name exactly one of conversation_id and contact_id"));
    }
    const auto reason = boundedText(body, "reason", 3, 500);
    if (!reason) {
        return invalidField("reason", QStringLiteral("a reason of 3 to 500 characters is required"));
    }
    store::Database &db = m_context.store().database();
    const char *exists = conversationId > 0 ? "SELECT count(*) FROM conversations WHERE id = ?" : "SELECT count(*) FROM contacts WHERE id = ?";
    auto check = db.prepare(exists);
    check.bind(1, conversationId > 0 ? conversationId : contactId);
    if (!check.step() || check.columnInt64(0) == 0) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"),
                             conversationId > 0 ? QStringLiteral("no such conversation") : QStringLiteral("no such contact"));
    }
    store::Transaction transaction(db);
    auto insert = db.prepare("INSERT INTO legal_holds (contact_id, conversation_id, reason, placed_by, placed_at_ms) "
                             "VALUES (NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?)");
    insert.bindAll(contactId, conversationId, *reason, caller.user.id, m_context.clock().nowMs()).run();
    const std::int64_t id = db.lastInsertRowId();
    const QString target = conversationId > 0 ? conversationSubject(conversationId) : QStringLiteral("contact:%1").arg(contactId);
    m_context.record(caller.actor(), QStringLiteral("retention.hold_placed"), target, {{QStringLiteral("hold"), qint64(id)}});
    transaction.commit();
    return jsonResponse({{QStringLiteral("id"), qint64(id)}}, Status::Created);
}

HttpResponse LegalHolds::release(const Caller &caller, std::int64_t holdId, const QJsonObject &body)
{
    const auto reason = boundedText(body, "reason", 3, 500);
    if (!reason) {
        return invalidField("reason", QStringLiteral("a reason of 3 to 500 characters is required"));
    }
    store::Database &db = m_context.store().database();
    store::Transaction transaction(db);
    db.prepare("UPDATE legal_holds SET released_at_ms = ?, released_by = ?, release_reason = ? WHERE id = ? AND released_at_ms = 0")
        .bindAll(m_context.clock().nowMs(), caller.user.id, *reason, holdId)
        .run();
    if (db.changes() == 0) {
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such hold in force"));
    }
    m_context.record(caller.actor(), QStringLiteral("retention.hold_released"), QStringLiteral("hold:%1").arg(holdId));
    transaction.commit();
    return jsonResponse({{QStringLiteral("id"), qint64(holdId)}, {QStringLiteral("released"), true}});
}

QJsonObject LegalHolds::list() const
{
    auto row = m_context.store().database().prepare(
        "SELECT * FROM (SELECT id, contact_id, conversation_id, reason, placed_by, placed_at_ms, released_at_ms, "
        "COALESCE(released_by, 0), release_reason FROM legal_holds WHERE released_at_ms = 0 ORDER BY id LIMIT 1000) "
        "UNION ALL SELECT * FROM (SELECT id, contact_id, conversation_id, reason, placed_by, placed_at_ms, released_at_ms, "
        "COALESCE(released_by, 0), release_reason FROM legal_holds WHERE released_at_ms > 0 ORDER BY released_at_ms DESC LIMIT ?)");
    row.bind(1, ReleasedShown);
    QJsonArray inForce, released;
    while (row.step()) {
        (row.columnInt64(6) == 0 ? inForce : released).append(holdToJson(row));
    }
    return {{QStringLiteral("in_force"), inForce}, {QStringLiteral("released"), released}};
}

} // namespace cb::server
