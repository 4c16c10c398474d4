#pragma once

#include "server/http/http_types.h"

#include <functional>
#include <memory>

namespace cb::server::http {

// The way back to the client for one request. Copies share one state, so a
// handler may pass it to slow work (the password pool, the group commit) and
// answer later. The first send() wins; if every copy is gone without an answer,
// the client gets a 500 instead of a connection that hangs.
class Responder
{
public:
    using Sink = std::function<void(Response)>;

    explicit Responder(Sink sink);
    void send(Response response) const;
    bool answered() const;

private:
    struct State
    {
        Sink sink;
        bool answered = false;
        ~State();
    };
    std::shared_ptr<State> m_state;
};

// Answers with `answer()` on this thread, as a route's handler would be answered:
// a store error becomes 503 and any other exception 500, never an exception
// into the event loop (work that finishes elsewhere answers through this, so a
// failed audit write cannot take the server down or send data unaudited).
void sendSafely(const Responder &responder, const std::function<Response()> &answer);

} // namespace cb::server::http
