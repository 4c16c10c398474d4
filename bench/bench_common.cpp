#include "bench/bench_common.h"

#include "core/whatsapp/webhook_signature.h"
#include "sandbox/webhook_builder.h"
#include "tests/support/sandbox_process.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <QDateTime>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

namespace cb::bench {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using test::SandboxProcess;

QByteArray singleMessage(const QString &prefix, std::uint64_t n)
{
    static const sandbox::WebhookBuilder builder(QStringLiteral("102290129340398"), QLatin1String(SandboxProcess::PhoneNumberId),
                                                 QStringLiteral("15550783881"));
    const sandbox::WebhookBuilder::Patient patient{QStringLiteral("1555030%1").arg(n % 500, 4, 10, QLatin1Char('0')),
                                                   QStringLiteral("Load Patient"), {}};
    const QJsonObject message = sandbox::WebhookBuilder::textMessage(
        patient.waId, QStringLiteral("wamid.%1.%2").arg(prefix).arg(n), QDateTime::currentSecsSinceEpoch(),
        QStringLiteral("Can I move my appointment to Thursday?"));
    return QJsonDocument(builder.delivery({builder.messagesValue(patient, {message})})).toJson(QJsonDocument::Compact);
}

LoadPlan webhookPlan(quint16 port, const QString &prefix)
{
    LoadPlan plan;
    plan.port = port;
    plan.path = "/webhooks/whatsapp";
    plan.request = [prefix](std::uint64_t n) {
        const QByteArray body = singleMessage(prefix, n);
        return std::pair(body, "X-Hub-Signature-256: " + whatsapp::signatureHeader(SandboxProcess::AppSecret, body) + "\r\n");
    };
    return plan;
}

void streamAfter(quint16 port, const QByteArray &head, std::size_t total, std::size_t bytesPerSecond)
{
    asio::io_context io;
    tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    asio::write(socket, asio::buffer(head.constData(), std::size_t(head.size())), ec);
    const std::string chunk(bytesPerSecond > 0 ? 64 * 1024 : 1 << 20, 'x');
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t sent = 0; sent < total && !ec; sent += chunk.size()) {
        if (bytesPerSecond > 0) {
            std::this_thread::sleep_until(start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                      std::chrono::duration<double>(double(sent) / double(bytesPerSecond))));
        }
        asio::write(socket, asio::buffer(chunk), ec);
    }
}

void printLoad(const char *what, const LoadResult &result)
{
    std::printf("%-58s %9.0f/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  (%llu ok, %llu failed)\n", what,
                result.perSecond(), result.percentile(50), result.percentile(99), result.percentile(100),
                static_cast<unsigned long long>(result.ok), static_cast<unsigned long long>(result.failed));
    std::fflush(stdout);
}

} // namespace cb::bench
