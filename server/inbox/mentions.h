#pragma once

#include "core/model/message.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

class ApiRouter;
class ServerContext;

// @mentions in internal notes. The desktop sends a note's `mentions` (staff
// ids) beside its text; each must be an active colleague who reads
// conversations and whose "@Display Name" is in the note, so nobody is told of
// a mention they cannot see. Each mention is stored with the note, announced
// to that person alone (event `mention.added`, audience `staff:<id>`), and
// listed in their snapshot for MentionDays; opening the conversation marks it
// seen (`POST conversations/<id>/mentions/seen`, event `mention.seen`, so the
// person's other workstations follow). Ids and times only: the note's words
// travel as the note does.
class Mentions
{
public:
    static constexpr int MaxPerNote = 10;
    static constexpr int MentionDays = 30;
    static constexpr int MaxListed = 500;

    // The colleagues `ids` names for a note by `authorId` with `text`, or why not.
    struct Checked
    {
        QList<std::int64_t> users;
        QString problem; // empty when fine
    };
    static Checked check(ServerContext &context, const QJsonValue &ids, const QString &text, std::int64_t authorId);
    // Inside the note's transaction.
    static void record(ServerContext &context, const model::Message &note, const QList<std::int64_t> &users);
    // The person's mentions of the last MentionDays, newest first.
    static QJsonArray listFor(store::Database &db, std::int64_t userId, std::int64_t nowMs);
};

void addMentionRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
