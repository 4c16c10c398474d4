#include "server/http/responder.h"

#include "core/api/api_error.h"
#include "core/log/logging.h"
#include "core/store/store_error.h"


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

namespace cb::server::http {

void sendSafely(const Responder &responder, const std::function<Response()> &answer)
{
    try {
        responder.send(answer());
    } catch (const store::StoreError &error) {
        log::logger("http")->error("store error while answering: {}", error.what());
        responder.send(Response(api::ApiError{QStringLiteral("store_unavailable"), QStringLiteral("the store is unavailable; try again")}.toJson(),
                                Status::ServiceUnavailable));
    } catch (const std::exception &error) {
        log::logger("http")->error("answer failed: {}", error.what());
        responder.send(Response(api::ApiError{QStringLiteral("internal_error"), QStringLiteral("the server could not answer")}.toJson(),
                                Status::InternalServerError));
    }
}

} // namespace cb::server::http
