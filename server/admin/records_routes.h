#pragma once

namespace cb::server {

class ApiRouter;
class ServerContext;

// Retraction, retention and legal holds, compliance review access, incidents
// and the compliance dashboard (issue 12).
void addRecordsRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
