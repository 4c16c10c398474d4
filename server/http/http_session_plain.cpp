// The plain TCP session, instantiated here alone (see edge_parts.h).
#include "server/http/http_session.h"

namespace cb::server::http::edge {

void startPlainSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot)
{
    std::make_shared<HttpSession<false>>(std::move(socket), shared, std::move(slot))->start();
}

} // namespace cb::server::http::edge
