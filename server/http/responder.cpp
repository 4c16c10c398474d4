#include "server/http/responder.h"

#include "core/api/api_error.h"

namespace cb::server::http {

Responder::Responder(Sink sink) : m_state(std::make_shared<State>())
{
    m_state->sink = std::move(sink);
}

void Responder::send(Response response) const
{
    if (m_state->answered) {
        return;
    }
    m_state->answered = true;
    m_state->sink(std::move(response));
}

bool Responder::answered() const
{
    return m_state->answered;
}

Responder::State::~State()
{
    if (!answered && sink) {
        const api::ApiError error{QStringLiteral("internal_error"), QStringLiteral("the server could not answer")};
        sink(Response(error.toJson(), Status::InternalServerError));
    }
}

} // namespace cb::server::http
