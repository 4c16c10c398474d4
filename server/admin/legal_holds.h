#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// Legal holds: while one is in force on a contact or a conversation, nothing of
// it is purged. Placing and releasing need a reason and are audited.
class LegalHolds
{
public:
    explicit LegalHolds(ServerContext &context) : m_context(context) {}

    // { conversation_id | contact_id, reason }
    HttpResponse place(const Caller &caller, const QJsonObject &body);
    // { reason }
    HttpResponse release(const Caller &caller, std::int64_t holdId, const QJsonObject &body);
    // In force first, then the 200 most recently released; ids, reasons and times.
    QJsonObject list() const;

    // The SQL condition "conversation `column` is under a hold in force".
    static const char *heldCondition();
    // SQL over `dead_letters`: the letter names a held patient (every copy is held).
    static const char *deadLetterHeldCondition();

private:
    ServerContext &m_context;
};

} // namespace cb::server
