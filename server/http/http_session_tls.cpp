// The TLS session, instantiated here alone (see edge_parts.h).
#include "server/http/http_session.h"

namespace cb::server::http::edge {

void startTlsSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot)
{
    std::make_shared<HttpSession<true>>(std::move(socket), shared, std::move(slot))->start();
}

} // namespace cb::server::http::edge
