// Every JSON body the API takes in goes through jsonBody() (size limit, parse,
// an object or nothing); the fields are then read by the DTO parsers below,
// which the desktop also uses on the server's answers, and Graph's error
// answers are read by GraphError. Each gets the same object here.
#include "core/api/api_error.h"
#include "core/api/identity_dto.h"
#include "core/api/inbox_dto.h"
#include "core/whatsapp/graph_error.h"
#include "server/http/api_response.h"
#include "server/http/body_schema.h"
#include "server/http/endpoint_catalogue.h"

#include <QJsonArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cb::server::HttpRequest request;
    request.method = cb::server::http::Method::Post;
    request.content = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto body = cb::server::jsonBody(request);
    if (!body) {
        return 0;
    }
    // The field schema of every endpoint, as the router applies it.
    for (const auto &endpoint : cb::server::endpointCatalogue()) {
        (void)cb::server::bodyProblem(endpoint.id, *body);
    }
    using namespace cb::api;
    (void)ApiError::fromJson(*body);
    (void)LoginChallengeDto::fromJson(*body);
    (void)SignInDto::fromJson(*body);
    (void)SessionDto::fromJson(*body);
    (void)rolesFromJson(body->value(QStringLiteral("roles")).toArray());
    (void)staffUserFromJson(*body);
    (void)sessionPolicyFromJson(*body);
    (void)contactFromJson(*body);
    (void)conversationFromJson(*body);
    (void)messageFromJson(*body);
    (void)templateFromJson(*body);
    (void)cb::whatsapp::GraphError::fromJson(*body, 400);
    {
        const auto secret = cb::server::secretField(*body, "password");
        (void)secret.size();
    }
    return 0;
}
