#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// A compliance officer's only way into a thread: a review of one conversation,
// opened with a reason, for a limited time (default 1 hour, at most 8). Opening
// raises a `review_access` compliance flag; every page read is a
// `conversation.view` audit event marked `"access": "compliance_review"`; expiry
// is checked on every read. Retracted messages are shown with who, when and why
// (the record); purged ones only as tombstones.
class ReviewAccess
{
public:
    static constexpr int MinReasonLength = 20;
    static constexpr int DefaultMinutes = 60;
    static constexpr int MaxMinutes = 8 * 60;

    explicit ReviewAccess(ServerContext &context) : m_context(context) {}

    // { conversation_id, reason, minutes }
    HttpResponse open(const Caller &caller, const QJsonObject &body);
    // The caller's own reviews, newest first (100 at most).
    HttpResponse list(const Caller &caller);
    // ?before=<message id>: 100 messages older than it (0: the newest).
    HttpResponse messages(const Caller &caller, std::int64_t reviewId, std::int64_t before);

private:
    ServerContext &m_context;
};

} // namespace cb::server
