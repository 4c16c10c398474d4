#pragma once

#include <QJsonArray>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

class ApiRouter;
class ServerContext;
class MinimumNecessary;

// Search over everything a reader may see (issue 22): message text and patient
// names through the store's full-text indexes (migration 0016), numbers however
// typed through contacts.wa_id. `POST /api/v1/search {"query", "after", "limit"}`
// (in the body, so no patient's name or number lands in a URL or a log). Names
// and numbers first, then conversations by their newest matching message. Paged:
// `next` is 0 at the end, otherwise the `after` of the next page. Retracted and
// purged messages are never found; a front desk reader withheld from the portal
// finds no portal words. Each search is audited as a read (`search.run`) with
// the kind of term and the conversations shown, never the term.
class InboxSearch
{
public:
    static constexpr int MinLength = 2;
    static constexpr int MaxLength = 200;
    static constexpr int DefaultPage = 30;
    static constexpr int MaxPage = 50;
    // Messages one request examines at most; past that it answers what it found
    // and a `next` that resumes there, so a word in every message costs no more.
    static constexpr int MaxScanned = 20000;
    static constexpr int MaxMatchText = 1000;

    struct Page
    {
        QString kind;       // "number" or "words"
        QJsonArray results; // {"conversation": {...}, "match": {message}?}
        std::int64_t next = 0;
    };
    static Page run(store::Database &db, const QString &query, std::int64_t after, int limit,
                    const MinimumNecessary &reader);
};

void addSearchRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
