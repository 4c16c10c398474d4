#include "server/inbox/inbox_search.h"

#include "core/api/inbox_dto.h"
#include "core/phone/phone_numbers.h"
#include "core/search/search_words.h"
#include "core/store/database.h"
#include "server/admin/request_checks.h"
#include "server/http/api_router.h"
#include "server/inbox/event_log.h"
#include "server/inbox/inbox_store.h"
#include "server/inbox/minimum_necessary.h"
#include "server/server_context.h"
#include "server/store/read_then.h"

#include <QSet>

#include <algorithm>

namespace cb::server {

namespace {
// `after` for "messages from the newest on" (a page filled by names alone); within
// a JSON number's exact range.
constexpr std::int64_t FromNewest = std::int64_t(1) << 53;
constexpr const char *ByActivity =
    " ORDER BY v.last_message_at_ms DESC, v.id DESC LIMIT ? OFFSET ?";

QJsonObject result(const InboxStore &inbox, std::int64_t conversationId,
                   const MinimumNecessary &reader)
{
    const auto conversation = inbox.conversation(conversationId);
    return conversation ? QJsonObject{{QStringLiteral("conversation"),
                                       reader.conversation(api::conversationToJson(*conversation))}}
                        : QJsonObject{};
}
} // namespace

InboxSearch::Page InboxSearch::run(store::Database &db, const QString &query, std::int64_t after,
                                   int limit, const MinimumNecessary &reader)
{
    const platform::SystemClock clock;
    EventLog events(db, clock);
    const InboxStore inbox(db, events, clock);
    Page page;
    limit = std::clamp(limit, 1, MaxPage);
    QSet<std::int64_t> listed;
    auto add = [&](QJsonObject found) {
        if (found.isEmpty()) {
            return;
        }
        listed.insert(found.value(QStringLiteral("conversation"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger());
        page.results.append(found);
    };

    // A number, however typed: its digits in the patient's WhatsApp number. `after` is an offset.
    if (const auto digits = phone::searchDigits(query)) {
        page.kind = QStringLiteral("number");
        auto rows = db.prepare(
            std::string("SELECT v.id FROM conversations v JOIN contacts c ON c.id = v.contact_id "
                        "WHERE instr(c.wa_id, ?)") +
            ByActivity);
        rows.bindAll(*digits, limit + 1, after);
        QList<std::int64_t> ids;
        while (rows.step()) {
            ids.append(rows.columnInt64(0));
        }
        for (const std::int64_t id : ids.mid(0, limit)) {
            add(result(inbox, id, reader));
        }
        page.next = ids.size() > limit ? after + limit : 0;
        return page;
    }

    page.kind = QStringLiteral("words");
    const QString words = search::ftsQuery(query);
    if (words.isEmpty()) {
        return page;
    }
    // The first page starts with patients whose name matches.
    if (after == 0) {
        auto names = db.prepare(
            std::string(
                "SELECT v.id FROM contacts_fts f JOIN conversations v ON v.contact_id = f.rowid "
                "WHERE contacts_fts MATCH ?") +
            ByActivity);
        names.bindAll(words, limit, 0);
        while (names.step()) {
            add(result(inbox, names.columnInt64(0), reader));
        }
    }
    // Then conversations by their newest matching message: the index gives the
    // newest first, so a common word stops after a page, a rare one reads its few.
    auto messages = db.prepare("SELECT m.id, m.conversation_id FROM messages_fts f CROSS JOIN "
                               "messages m ON m.id = f.rowid "
                               "WHERE messages_fts MATCH ?1 AND f.rowid < ?2 AND m.retracted_at_ms "
                               "= 0 AND m.purged_at_ms = 0 "
                               "AND (?3 = 0 OR m.channel <> 'portal') ORDER BY f.rowid DESC");
    messages.bindAll(words, after > 0 ? after : FromNewest, int(reader.withholdsPortal()));
    if (page.results.size() >= limit) {
        page.next = FromNewest;
        return page;
    }
    int scanned = 0;
    std::int64_t last = 0;
    while (page.results.size() < limit && messages.step()) {
        last = messages.columnInt64(0);
        if (++scanned > MaxScanned) {
            page.next = last + 1; // resume at this row
            return page;
        }
        const std::int64_t conversationId = messages.columnInt64(1);
        if (listed.contains(conversationId)) {
            continue;
        }
        QJsonObject found = result(inbox, conversationId, reader);
        if (const auto message = inbox.message(last); message && !found.isEmpty()) {
            QJsonObject json = reader.message(api::messageToJson(*message));
            json.insert(QStringLiteral("body"), message->body.left(MaxMatchText));
            found.insert(QStringLiteral("match"), json);
        }
        add(found);
    }
    page.next = page.results.size() >= limit && last > 0 ? last : 0;
    return page;
}

void addSearchRoutes(ApiRouter &router, ServerContext &context)
{
    router.handleAsync("inbox.search", [&context](const ApiRequest &request,
                                                  const http::Responder &responder) {
        const auto query =
            boundedText(request.body, "query", InboxSearch::MinLength, InboxSearch::MaxLength);
        if (!query) {
            responder.send(invalidField("query", QStringLiteral("search for %1 to %2 characters")
                                                     .arg(InboxSearch::MinLength)
                                                     .arg(InboxSearch::MaxLength)));
            return;
        }
        const std::int64_t after =
            std::max<std::int64_t>(0, request.body.value(QStringLiteral("after")).toInteger(0));
        const int limit =
            int(request.body.value(QStringLiteral("limit")).toInteger(InboxSearch::DefaultPage));
        const MinimumNecessary reader(context.config().frontDeskPortalSummary,
                                      request.caller->user.roles);
        const QString actor = request.caller->actor();
        const QString text = *query;
        readThen<InboxSearch::Page>(
            context.readers(), responder,
            [text, after, limit, reader](store::Database &db) {
                return InboxSearch::run(db, text, after, limit, reader);
            },
            [&context, actor, after](InboxSearch::Page page) {
                QJsonArray shown;
                for (const QJsonValue &found : page.results) {
                    shown.append(found.toObject()
                                     .value(QStringLiteral("conversation"))
                                     .toObject()
                                     .value(QStringLiteral("id")));
                }
                // A read of what it showed: the kind of term, never the term itself.
                context.record(actor, QStringLiteral("search.run"), QStringLiteral("inbox"),
                               {{QStringLiteral("by"), page.kind},
                                {QStringLiteral("after"), qint64(after)},
                                {QStringLiteral("count"), shown.size()},
                                {QStringLiteral("conversations"), shown}});
                return jsonResponse({{QStringLiteral("kind"), page.kind},
                                     {QStringLiteral("results"), page.results},
                                     {QStringLiteral("next"), qint64(page.next)}});
            });
    });
}

} // namespace cb::server
