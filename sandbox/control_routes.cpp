#include "sandbox/control_routes.h"

#include "sandbox/burst_sender.h"
#include "sandbox/graph_api_sandbox.h"
#include "sandbox/patient_simulator.h"

#include "core/crypto/keyed_hash.h"

#include <QJsonDocument>

#include <memory>
#include <optional>

namespace cb::sandbox {

namespace {
using Status = QHttpServerResponder::StatusCode;

QJsonObject body(const QHttpServerRequest &request)
{
    return QJsonDocument::fromJson(request.body()).object();
}

QHttpServerResponse problem(const QString &message, Status status = Status::BadRequest)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// The control API drives fake patients and faults: only a caller that holds the
// control token may use it, and writes must say they are JSON (finding 10:
// any local process or a browser's form post could drive it).
std::optional<QHttpServerResponse> refused(const QHttpServerRequest &request, const QByteArray &token)
{
    if (!crypto::constantTimeEquals(request.value("X-Sandbox-Token"), token)) {
        return problem(QStringLiteral("the control token is missing or wrong (X-Sandbox-Token)"), Status::Unauthorized);
    }
    if (request.method() == QHttpServerRequest::Method::Post &&
        !request.value("Content-Type").trimmed().toLower().startsWith("application/json")) {
        return problem(QStringLiteral("send Content-Type: application/json"), Status::UnsupportedMediaType);
    }
    return std::nullopt;
}
} // namespace

void addControlRoutes(GraphApiSandbox &graph, PatientSimulator &patients, const QByteArray &controlToken)
{
    QHttpServer &http = graph.http();
    const QByteArray token = controlToken;
    http.route(QStringLiteral("/sandbox/patients/<arg>/messages"), QHttpServerRequest::Method::Post,
               [&patients, token](const QString &waId, const QHttpServerRequest &request) {
                   if (auto refusal = refused(request, token)) {
                       return std::move(*refusal);
                   }
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
    http.route(QStringLiteral("/sandbox/forged"), QHttpServerRequest::Method::Post, [&patients, token](const QHttpServerRequest &request) {
        if (auto refusal = refused(request, token)) {
            return std::move(*refusal);
        }
        const QJsonObject json = body(request);
        patients.sayForged(json.value(QStringLiteral("wa_id")).toString(), json.value(QStringLiteral("text")).toString());
        return QHttpServerResponse(Status::Accepted);
    });
    http.route(QStringLiteral("/sandbox/faults"), QHttpServerRequest::Method::Post,
               [&graph, &patients, token](const QHttpServerRequest &request) {
                   if (auto refusal = refused(request, token)) {
                       return std::move(*refusal);
                   }
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
    http.route(QStringLiteral("/sandbox/webhook"), QHttpServerRequest::Method::Post, [&patients, token](const QHttpServerRequest &request) {
        if (auto refusal = refused(request, token)) {
            return std::move(*refusal);
        }
        const QUrl url(body(request).value(QStringLiteral("url")).toString());
        if (!url.isValid() || !QHostAddress(url.host()).isLoopback()) {
            return problem(QStringLiteral("the webhook URL must be on 127.0.0.1"));
        }
        patients.poster().setUrl(url);
        return QHttpServerResponse(Status::Accepted);
    });
    // A load of patient messages, delivered as Meta does under stress (see BurstSender).
    auto burst = std::make_shared<std::unique_ptr<BurstSender>>();
    http.route(QStringLiteral("/sandbox/burst"), QHttpServerRequest::Method::Post, [&patients, burst, token](const QHttpServerRequest &request) {
        if (auto refusal = refused(request, token)) {
            return std::move(*refusal);
        }
        const QJsonObject json = body(request);
        BurstSender::Plan plan;
        plan.messages = std::clamp(json.value(QStringLiteral("messages")).toInt(plan.messages), 1, 200000);
        plan.patients = std::clamp(json.value(QStringLiteral("patients")).toInt(plan.patients), 1, 10000);
        plan.maxBatch = std::clamp(json.value(QStringLiteral("max_batch")).toInt(plan.maxBatch), 1, 50);
        plan.duplicatePercent = std::clamp(json.value(QStringLiteral("duplicate_percent")).toInt(plan.duplicatePercent), 0, 100);
        plan.concurrency = std::clamp(json.value(QStringLiteral("concurrency")).toInt(plan.concurrency), 1, 64);
        plan.seed = quint32(json.value(QStringLiteral("seed")).toInt(1));
        plan.prefix = json.value(QStringLiteral("prefix")).toString(plan.prefix).left(32);
        plan.deadlineSeconds = std::clamp(json.value(QStringLiteral("deadline_seconds")).toInt(plan.deadlineSeconds), 1, 3600);
        *burst = std::make_unique<BurstSender>(patients.poster(), patients.builder(), plan);
        return QHttpServerResponse((*burst)->progress(), Status::Accepted);
    });
    // Three segments: the Graph API routes claim GET /<version>/<id>.
    http.route(QStringLiteral("/sandbox/burst/progress"), QHttpServerRequest::Method::Get, [burst, token](const QHttpServerRequest &request) {
        if (auto refusal = refused(request, token)) {
            return std::move(*refusal);
        }
        return *burst ? QHttpServerResponse((*burst)->progress()) : problem(QStringLiteral("no burst started"));
    });
    http.route(QStringLiteral("/sandbox/sent/all"), QHttpServerRequest::Method::Get, [&graph, token](const QHttpServerRequest &request) {
        if (auto refusal = refused(request, token)) {
            return std::move(*refusal);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("messages"), graph.sentMessages()},
                                               {QStringLiteral("read_receipts"), QJsonArray::fromStringList(graph.readReceipts())}});
    });
}

} // namespace cb::sandbox
