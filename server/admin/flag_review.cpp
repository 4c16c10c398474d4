#include "server/admin/flag_review.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "server/admin/patient_labels.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QSet>

namespace cb::server {

namespace {

HttpResponse noSuchFlag()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("there is no such compliance flag"));
}

} // namespace

HttpResponse FlagReview::list(const Caller &caller, const QUrlQuery &query)
{
    const QString state = query.queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty() && state != QLatin1String("open") && state != QLatin1String("all")) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("state must be open or all"));
    }
    const bool all = state == QLatin1String("all");
    store::Database &db = m_context.store().database();
    auto rows = db.prepare(std::string("SELECT id, kind, actor, subject, created_at_ms, acknowledged_by, acknowledged_at_ms, "
                                       "acknowledged_note FROM compliance_flags ") +
                           (all ? "" : "WHERE acknowledged_at_ms IS NULL ") + "ORDER BY created_at_ms DESC, id DESC LIMIT ?");
    rows.bind(1, MaxListed);
    QList<QJsonObject> listed;
    QSet<QString> refs;
    QJsonArray conversations; // the patients the list names, for "who accessed this patient?"
    while (rows.step()) {
        const QString subject = rows.columnText(3);
        QJsonObject flag{{QStringLiteral("id"), qint64(rows.columnInt64(0))},
                         {QStringLiteral("kind"), rows.columnText(1)},
                         {QStringLiteral("actor"), rows.columnText(2)},
                         {QStringLiteral("subject"), subject},
                         {QStringLiteral("created_at_ms"), qint64(rows.columnInt64(4))}};
        refs << rows.columnText(2) << subject;
        if (rows.columnInt64(6) > 0) {
            flag.insert(QStringLiteral("acknowledged_by"), rows.columnText(5));
            flag.insert(QStringLiteral("acknowledged_at_ms"), qint64(rows.columnInt64(6)));
            flag.insert(QStringLiteral("note"), rows.columnText(7));
            refs << rows.columnText(5);
        }
        if (subject.startsWith(QLatin1String("conversation:"))) {
            conversations.append(subject.mid(13).toLongLong());
        }
        listed.append(flag);
    }
    // People and patients by name, as the audit viewer shows them.
    const QJsonObject names = namesOfReferences(db, refs);
    QJsonArray flags;
    for (QJsonObject &flag : listed) {
        for (const char *field : {"actor", "subject", "acknowledged_by"}) {
            if (flag.contains(QLatin1String(field))) {
                flag.insert(QLatin1String(field) + QStringLiteral("_name"), names.value(flag.value(QLatin1String(field)).toString()).toString());
            }
        }
        flags.append(flag);
    }
    m_context.record(caller.actor(), QStringLiteral("compliance.flags_listed"), QStringLiteral("compliance"),
                     {{QStringLiteral("state"), all ? QStringLiteral("all") : QStringLiteral("open")},
                      {QStringLiteral("count"), flags.size()},
                      {QStringLiteral("conversations"), conversations}});
    return jsonResponse({{QStringLiteral("flags"), flags}, {QStringLiteral("limit"), MaxListed}});
}

HttpResponse FlagReview::acknowledge(const Caller &caller, std::int64_t id, const QJsonObject &body)
{
    const auto note = boundedText(body, "note", 1, MaxNote);
    if (!note) {
        return invalidField("note", QStringLiteral("say what you checked (1 to %1 characters)").arg(MaxNote));
    }
    store::Database &db = m_context.store().database();
    auto flag = db.prepare("SELECT kind, actor, acknowledged_at_ms FROM compliance_flags WHERE id = ?");
    flag.bind(1, id);
    if (id <= 0 || !flag.step()) {
        return noSuchFlag();
    }
    const QString kind = flag.columnText(0);
    if (flag.columnText(1) == caller.actor()) {
        return errorResponse(Status::Forbidden, QStringLiteral("own_flag"),
                             QStringLiteral("this flag was raised by your own action: a colleague in compliance acknowledges it"));
    }
    if (flag.columnInt64(2) > 0) {
        return errorResponse(Status::Conflict, QStringLiteral("already_acknowledged"), QStringLiteral("this flag is already acknowledged"));
    }
    const std::int64_t now = m_context.clock().nowMs();
    store::Transaction transaction(db);
    db.prepare("UPDATE compliance_flags SET acknowledged_by = ?, acknowledged_at_ms = ?, acknowledged_note = ? WHERE id = ?")
        .bindAll(caller.actor(), now, *note, id)
        .run();
    // The note may describe people; the trail keeps which flag and its kind.
    m_context.record(caller.actor(), QStringLiteral("compliance.flag_acknowledged"), QStringLiteral("compliance_flag:%1").arg(id),
                     {{QStringLiteral("kind"), kind}});
    transaction.commit();
    return jsonResponse({{QStringLiteral("id"), qint64(id)}, {QStringLiteral("acknowledged_at_ms"), qint64(now)}});
}

} // namespace cb::server
