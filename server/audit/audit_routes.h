#pragma once

namespace cb::server {

class ApiRouter;
class ServerContext;

// The audit trail for admin and compliance (view_audit_trail): verify, the
// viewer's pages, and exports that carry the signed checkpoints.
void addAuditRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
