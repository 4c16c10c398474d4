#pragma once

#include "server/http/api_response.h"

#include <cstdint>

namespace cb::server {

class ApiRouter;
class ServerContext;

// 429 too_many_attempts with Retry-After: every sign-in and unlock gate answers this.
HttpResponse tooManyAttempts(std::int64_t retryAfterMs);

// Sign-in: the two-step login and TOTP enrolment (public endpoints).
void addLoginRoutes(ApiRouter &router, ServerContext &context);
// The caller's own account: lock/unlock, logout, password, sessions.
void addAccountRoutes(ApiRouter &router, ServerContext &context);
// Administration: staff accounts, other people's sessions, the audit trail.
void addStaffRoutes(ApiRouter &router, ServerContext &context);
// Administration: every live session and workstation; revoking and wiping.
void addSessionAdminRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
