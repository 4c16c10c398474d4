#include "sandbox/control_routes.h"

#include "sandbox/graph_api_sandbox.h"
#include "sandbox/patient_simulator.h"

#include <QJsonDocument>

namespace cb::sandbox {

namespace {
using Status = QHttpServerResponder::StatusCode;

QJsonObject body(const QHttpServerRequest &request)
{
    return QJsonDocument::fromJson(request.body()).object();
}

QHttpServerResponse problem(const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, Status::BadRequest);
}
} // namespace

void addControlRoutes(GraphApiSandbox &graph, PatientSimulator &patients)
{
    QHttpServer &http = graph.http();
    http.route(QStringLiteral("/sandbox/patients/<arg>/messages"), QHttpServerRequest::Method::Post,
               [&patients](const QString &waId, const QHttpServerRequest &request) {
                   const QJsonObject json = body(request);
                   const QString name = json.value(QStringLiteral("name")).toString();
                   const QString type = json.value(QStringLiteral("type")).toString(QStringLiteral("text"));
                   if (type == QLatin1String("text")) {
                       patients.say(waId, name, json.value(QStringLiteral("text")).toString());
                   } else if (type == QLatin1String("image") || type == QLatin1String("document")) {
                       patients.sendMedia(waId, name, type);
                   } else {
                       return problem(QStringLiteral("type must be text, image or document"));
                   }
                   return QHttpServerResponse(Status::Accepted);
               });
    http.route(QStringLiteral("/sandbox/forged"), QHttpServerRequest::Method::Post, [&patients](const QHttpServerRequest &request) {
        const QJsonObject json = body(request);
        patients.sayForged(json.value(QStringLiteral("wa_id")).toString(), json.value(QStringLiteral("text")).toString());
        return QHttpServerResponse(Status::Accepted);
    });
    http.route(QStringLiteral("/sandbox/faults"), QHttpServerRequest::Method::Post,
               [&graph, &patients](const QHttpServerRequest &request) {
                   const QJsonObject json = body(request);
                   const QString name = json.value(QStringLiteral("fault")).toString();
                   const int count = json.value(QStringLiteral("count")).toInt(1);
                   if (name == QLatin1String("rate_limit")) {
                       graph.injectSendFault(GraphApiSandbox::SendFault::RateLimit, count);
                   } else if (name == QLatin1String("expired_token")) {
                       graph.injectSendFault(GraphApiSandbox::SendFault::ExpiredToken, count);
                   } else if (const auto fault = PatientSimulator::faultFromName(name)) {
                       patients.inject(*fault, count);
                   } else {
                       return problem(QStringLiteral("unknown fault"));
                   }
                   return QHttpServerResponse(Status::Accepted);
               });
    http.route(QStringLiteral("/sandbox/webhook"), QHttpServerRequest::Method::Post, [&patients](const QHttpServerRequest &request) {
        const QUrl url(body(request).value(QStringLiteral("url")).toString());
        if (!url.isValid() || !QHostAddress(url.host()).isLoopback()) {
            return problem(QStringLiteral("the webhook URL must be on 127.0.0.1"));
        }
        patients.poster().setUrl(url);
        return QHttpServerResponse(Status::Accepted);
    });
    http.route(QStringLiteral("/sandbox/sent/all"), QHttpServerRequest::Method::Get, [&graph] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("messages"), graph.sentMessages()},
                                               {QStringLiteral("read_receipts"), QJsonArray::fromStringList(graph.readReceipts())}});
    });
}

} // namespace cb::sandbox
