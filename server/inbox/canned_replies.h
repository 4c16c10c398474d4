#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

#include <cstdint>

namespace cb::server {

class ApiRouter;
class ServerContext;
struct Caller;

// GET canned-replies (every role), POST canned-replies and canned-replies/<id>/delete (admins).
void addCannedReplyRoutes(ApiRouter &router, ServerContext &context);

// The clinic's canned replies: every staff role reads them (they hold no patient
// data), admins write them. PhiGuard checks each text before it is saved, as it
// checks anything typed: a canned reply can never carry clinical details to WhatsApp.
class CannedReplies
{
public:
    static constexpr int MaxReplies = 200;
    static constexpr int MaxTitle = 40;
    static constexpr int MaxBody = 1024; // fits a WhatsApp message with buttons

    explicit CannedReplies(ServerContext &context) : m_context(context) {}

    HttpResponse list();
    // {id (0 or absent: a new one), title, language: en|es, body}
    HttpResponse save(const Caller &caller, const QJsonObject &body);
    HttpResponse remove(const Caller &caller, std::int64_t id);

private:
    ServerContext &m_context;
};

} // namespace cb::server
