#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// The retention period applied: messages sent before the cutoff, in no
// conversation under a legal hold, lose their body, content, media bytes and send
// request, and every event copy of their text. The row stays as a tombstone
// (id, times, direction, kind, purged_at_ms). The dry run lists exactly what a
// purge with the same cutoff removes.
class RetentionService
{
public:
    static constexpr int MaxMessagesPerPurge = 5000; // a bigger backlog takes several purges ("more")
    static constexpr int MaxConversationsListed = 1000;

    explicit RetentionService(ServerContext &context) : m_context(context) {}

    // GET retention/preview: cutoff, per-conversation counts (ids only), held, dead letters.
    HttpResponse preview(const Caller &caller);
    // POST retention/purge { cutoff_ms (optional, from the preview; never later than the period allows) }
    HttpResponse purge(const Caller &caller, const QJsonObject &body);

private:
    ServerContext &m_context;
};

} // namespace cb::server
