#pragma once

namespace cb::server {

class ServerContext;
namespace http {
class HttpRouter;
}

// The patient-facing portal on its own listener: /p/<token> trades a link for a
// session cookie, /portal shows the verification or the conversation, forms
// post messages, files, codes and sign-out. Every form checks its CSRF token
// and the request's origin; every page carries the portal's security headers.
void addPortalRoutes(http::HttpRouter &routes, ServerContext &context);

} // namespace cb::server
