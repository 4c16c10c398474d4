// The server core under load, against the real server binary (moderate password
// hashing, as in production) and, for the ratio, nginx answering the same
// requests from the same client. Run from the build folder after a build:
//   CB_SERVER_BIN=app/carebridge-server CB_SANDBOX_BIN=app/carebridge-sandbox bench/bench_webhook_load
// nginx comes from Debian (apt-get install nginx-light); without it the ratio is skipped.
//  1. signed single-message deliveries, 16 keep-alive connections, as fast as acks come
//  2. the same paced at 500/s: ack latency from when each was due
//  3. webhooks paced at 240/s while 30 staff send their password at once
//  4. server RSS while it refuses a 256 MiB body and a 256 MiB WebSocket frame
//  5. how long a half-sent request stays open
#include "bench/bench_common.h"
#include "core/whatsapp/webhook_signature.h"
#include "sandbox/webhook_builder.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace cb::test;
using cb::bench::LoadPlan;
using cb::bench::LoadResult;
using cb::bench::printLoad;
using cb::bench::streamAfter;
using cb::bench::webhookPlan;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

struct Nginx
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;

    bool start()
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (binary.isEmpty()) {
            return false;
        }
        port = freeLocalPort();
        const QString root = dir.path();
        QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral("worker_processes 2;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                  "events { worker_connections 1024; }\n"
                                  "http { access_log off; keepalive_requests 10000000; client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
                                  "  fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                                  "  server { listen 127.0.0.1:%2; location = /webhooks/whatsapp { return 200 \"ok\"; } } }\n")
                       .arg(root)
                       .arg(port)
                       .toUtf8());
        conf.close();
        process.start(binary, {QStringLiteral("-c"), conf.fileName(), QStringLiteral("-p"), root});
        if (!process.waitForStarted(3000)) {
            return false;
        }
        QThread::msleep(500); // its workers listen
        return !process.waitForFinished(0);
    }
    ~Nginx()
    {
        process.terminate();
        process.waitForFinished(3000);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxProcess sandbox;
    ServerProcess server;
    if (!sandbox.start()) {
        std::fprintf(stderr, "cannot start the sandbox (CB_SANDBOX_BIN)\n");
        return 1;
    }
    ServerProcess::Options options;
    options.security = "password_hashing = moderate\n" + qgetenv("CB_BENCH_SECURITY"); // production's cost
    options.extraConfig = sandbox.serverConfig(server.folder());
    server.writeConfig(options);
    if (server.init() != 0) {
        std::fprintf(stderr, "cannot init the server (CB_SERVER_BIN)\n");
        return 1;
    }
    std::printf("creating 30 staff accounts (moderate hashing)...\n");
    std::fflush(stdout);
    for (int i = 0; i < 30; ++i) {
        server.addUser(QStringLiteral("staff.%1").arg(i), QStringLiteral("nurse"), Password);
    }
    QByteArray output;
    if (!server.start(&output)) {
        std::fprintf(stderr, "server did not start: %s\n", output.constData());
        return 1;
    }
    const auto port = quint16(server.baseUrl().port());
    std::printf("machine: %u cores\n\n", std::thread::hardware_concurrency());

    // 1. Throughput, ours and nginx's, same client, same run.
    LoadPlan fast = webhookPlan(port, QStringLiteral("fast"));
    fast.prepared = 120000;
    const LoadResult ours = cb::bench::runLoad(fast);
    printLoad("signed 1-message deliveries, 16 connections (carebridge)", ours);
    Nginx nginx;
    if (nginx.start()) {
        LoadPlan same = webhookPlan(nginx.port, QStringLiteral("nginx"));
        same.prepared = 20000;
        same.cycle = true;
        const LoadResult theirs = cb::bench::runLoad(same);
        printLoad("the same requests answered by nginx (return 200)", theirs);
        std::printf("ratio carebridge / nginx: %.3f\n", ours.perSecond() / theirs.perSecond());
    } else {
        std::printf("nginx not found: ratio skipped (apt-get install nginx-light)\n");
    }

    // 2. Paced at 500/s.
    LoadPlan paced = webhookPlan(port, QStringLiteral("paced"));
    paced.ratePerSecond = 500;
    paced.connections = 32;
    paced.prepared = 6000;
    printLoad("paced at 500/s, 32 connections", cb::bench::runLoad(paced));

    // 3. Webhooks while 30 staff sign in at once (moderate hashing).
    LoadPlan during = webhookPlan(port, QStringLiteral("signin"));
    during.ratePerSecond = 240;
    during.connections = 16;
    during.prepared = 4000;
    during.duration = std::chrono::milliseconds(12000);
    std::atomic<int> signedIn{0};
    std::atomic<int> busyAnswers{0};
    std::atomic<qint64> lastMs{0};
    LoadResult webhooks;
    std::thread load([&] { webhooks = cb::bench::runLoad(during); });
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    const auto burstStart = std::chrono::steady_clock::now();
    std::vector<std::thread> staff;
    for (int i = 0; i < 30; ++i) {
        staff.emplace_back([&, i] {
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("staff.%1").arg(i)},
                                                              {QStringLiteral("password"), Password},
                                                              {QStringLiteral("device_id"), QStringLiteral("bench-%1").arg(i)}})
                                        .toJson(QJsonDocument::Compact);
            for (int attempt = 0; attempt < 20; ++attempt) {
                asio::io_context io;
                tcp::socket socket(io);
                boost::system::error_code ec;
                socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
                const QByteArray request = "POST /api/v1/login/password HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                                           QByteArray::number(body.size()) + "\r\n\r\n" + body;
                asio::write(socket, asio::buffer(request.constData(), std::size_t(request.size())), ec);
                std::string answer;
                asio::read(socket, asio::dynamic_buffer(answer), ec);
                if (answer.rfind("HTTP/1.1 200", 0) == 0) {
                    ++signedIn;
                    lastMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - burstStart).count();
                    return;
                }
                ++busyAnswers; // 503 + Retry-After: come back as told
                std::this_thread::sleep_for(std::chrono::seconds(2));
            }
        });
    }
    for (std::thread &thread : staff) {
        thread.join();
    }
    load.join();
    printLoad("webhooks paced at 240/s while 30 staff sign in (moderate)", webhooks);
    std::printf("  %d of 30 password steps answered, the last after %lld ms; %d answers were 503 + Retry-After\n",
                signedIn.load(), static_cast<long long>(lastMs.load()), busyAnswers.load());

    // 4. Memory while refusing a 256 MiB body and a 256 MiB frame.
    const qint64 pid = server.pid();
    const double before = residentMiB(pid);
    std::atomic<bool> sampling{true};
    double peak = before;
    std::thread sampler([&] {
        while (sampling) {
            peak = std::max(peak, residentMiB(pid));
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    const std::size_t big = std::size_t(256) << 20;
    streamAfter(port, "POST /api/v1/login/password HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(qint64(big)) + "\r\n\r\n", big);
    QByteArray frame = "GET /api/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    frame += QByteArray::fromHex("817f") + QByteArray::fromHex("0000000010000000") + QByteArray::fromHex("00000000"); // text, masked, 256 MiB
    streamAfter(port, frame, big);
    sampling = false;
    sampler.join();
    std::printf("server RSS while refusing a 256 MiB body and a 256 MiB frame: %.1f MiB before, %.1f MiB at most\n", before, peak);

    // 5. A request whose headers never finish.
    {
        asio::io_context io;
        tcp::socket socket(io);
        boost::system::error_code ec;
        socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
        const std::string partial = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        asio::write(socket, asio::buffer(partial), ec);
        const auto start = std::chrono::steady_clock::now();
        std::string rest;
        asio::read(socket, asio::dynamic_buffer(rest), ec);
        std::printf("a half-sent request was closed after %.1f s\n",
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return 0;
}
