#pragma once

namespace cb::server {
class ApiRouter;
class ServerContext;

// The shared inbox: snapshot, threads, replies and notes, assignment, status,
// consent and media. Every handler runs behind the router's role check.
void addInboxRoutes(ApiRouter &router, ServerContext &context);
} // namespace cb::server
