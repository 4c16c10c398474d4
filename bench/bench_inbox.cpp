// Webhook-to-desktop latency and webhook ingest throughput, against the real
// server and sandbox binaries (run from the build folder after a build):
//   CB_SERVER_BIN=app/carebridge-server
//   CB_SANDBOX_BIN=app/carebridge-sandbox bench/bench_inbox   (one line)
// Latency: a simulated patient writes through the sandbox (signed webhook) and
// we time until the event arrives on a signed-in desktop's WebSocket.
// Throughput: signed deliveries of 10 messages each posted straight to the
// webhook, each answered only after its commit.
#include "core/whatsapp/webhook_signature.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace cb::test;

namespace {
QJsonObject delivery(int batch, int size)
{
    QJsonArray messages;
    for (int i = 0; i < size; ++i) {
        messages.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("1555020%1").arg(i, 4, 10, QLatin1Char('0'))},
                                    {QStringLiteral("id"), QStringLiteral("wamid.bench.%1.%2").arg(batch).arg(i)},
                                    {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                                    {QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("bench message")}}}});
    }
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phone_number_id"), QLatin1String(SandboxProcess::PhoneNumberId)}}},
                            {QStringLiteral("messages"), messages}};
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("changes"),
                                                              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                                     {QStringLiteral("value"), value}}}}}}}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxProcess sandbox;
    ServerProcess server;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    ServerProcess::Options options;
    options.extraConfig = sandbox.serverConfig(server.folder());
    server.writeConfig(options);
    const QString password = QStringLiteral("violet otter juggles seven lanterns");
    if (server.init() != 0 || server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), password) != 0 || !server.start()) {
        std::fprintf(stderr, "server did not start\n");
        return 1;
    }
    sandbox.setWebhook(server.baseUrl());
    const ApiClient api{server.baseUrl()};
    const QString token = api.enrol(QStringLiteral("nina"), password, server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
    EventStreamClient stream;
    if (!stream.open(server.baseUrl(), token, QLatin1String(ApiClient::DeviceId))) {
        std::fprintf(stderr, "event stream did not open\n");
        return 1;
    }

    constexpr int Samples = 200;
    QList<double> latencies;
    for (int i = 0; i < Samples; ++i) {
        const QString text = QStringLiteral("latency probe %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        sandbox.say(QStringLiteral("1555030%1").arg(i % 50, 4, 10, QLatin1Char('0')), QStringLiteral("Bench"), text);
        stream.waitFor([&](const QJsonObject &m) {
            return m.value(QStringLiteral("payload")).toObject().value(QStringLiteral("body")).toString() == text;
        });
        latencies.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("webhook -> desktop latency over %d messages: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", Samples,
                latencies[Samples / 2], latencies[Samples * 99 / 100], latencies.last());

    constexpr int Batches = 200;
    constexpr int BatchSize = 10;
    const QUrl webhook = server.baseUrl().resolved(QUrl(QStringLiteral("/webhooks/whatsapp")));
    QElapsedTimer timer;
    timer.start();
    for (int batch = 0; batch < Batches; ++batch) {
        const QByteArray body = QJsonDocument(delivery(batch, BatchSize)).toJson(QJsonDocument::Compact);
        const auto result = httpPost(webhook, body, {{"X-Hub-Signature-256", cb::whatsapp::signatureHeader(SandboxProcess::AppSecret, body)}});
        if (result.status != 200) {
            std::fprintf(stderr, "delivery refused: %d\n", result.status);
            return 1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("ingest: %d messages in %d signed deliveries in %.2f s = %.0f messages/s (each delivery committed before 200)\n",
                Batches * BatchSize, Batches, seconds, Batches * BatchSize / seconds);
    return 0;
}
