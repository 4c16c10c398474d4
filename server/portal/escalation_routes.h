#pragma once

namespace cb::server {

class ApiRouter;
class ServerContext;

// The staff API of the portal: escalate, new link, revoke, date of birth,
// attachments, and the figures for the compliance dashboard.
void addEscalationRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
