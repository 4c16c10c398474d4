// What strangers cost the server (security review 3), against the real server
// and sandbox. Run from the build folder after a build:
//   CB_SERVER_BIN=app/carebridge-server CB_SANDBOX_BIN=app/carebridge-sandbox bench/bench_stranger_load [audit_events]
//  1. webhook acks and /healthz while 4 clients loop 14 MiB bodies at the API
//     listener and 4 at the portal, with no credentials: first each at 25 Mbit/s
//     and at most 20 connections a second (200 Mbit/s in all, four times what
//     the review's senders managed over the network), then as fast as loopback goes
//  2. server RSS with 1,024 unauthenticated connections each trickling a body
//  3. /healthz while `GET audit/verify` walks a trail of N events (default 1,000,000)
#include "bench/bench_common.h"
#include "core/audit/audit_log.h"
#include "core/store/transaction.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace cb::test;
using cb::bench::LoadPlan;
using cb::bench::LoadResult;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
constexpr std::size_t FloodBytes = 14 * 1024 * 1024;
constexpr std::size_t FloodBytesPerSecond = 25'000'000 / 8; // 25 Mbit/s a client

// Loops 14 MiB bodies with no credentials at `path` until told to stop.
void flood(quint16 port, const QByteArray &path, bool paced, const std::atomic<bool> &running, std::atomic<std::uint64_t> &sent)
{
    const QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(qint64(FloodBytes)) + "\r\n\r\n";
    while (running) {
        const auto next = std::chrono::steady_clock::now() + std::chrono::milliseconds(paced ? 50 : 0);
        cb::bench::streamAfter(port, head, FloodBytes, paced ? FloodBytesPerSecond : 0);
        ++sent;
        std::this_thread::sleep_until(next); // a refused client comes straight back, 20 times a second at most
    }
}

LoadPlan healthPlan(quint16 port)
{
    LoadPlan plan;
    plan.port = port;
    plan.method = "GET";
    plan.path = "/healthz";
    plan.connections = 2;
    plan.ratePerSecond = 20;
    plan.prepared = 1;
    plan.cycle = true;
    plan.request = [](std::uint64_t) { return std::pair(QByteArray(), QByteArray()); };
    return plan;
}

// N audit events written straight into the stopped server's store (as years of use would).
void fillAuditTrail(const QString &dataDir, int events)
{
    const auto masterKey = cb::server::MasterKey::load(dataDir + QStringLiteral("/master.key"));
    auto store = cb::server::ServerStore::open(dataDir + QStringLiteral("/server.db"), masterKey);
    const cb::server::ServerKeys keys = cb::server::ServerKeys::derive(masterKey);
    cb::audit::AuditLog log(store.database(), keys.audit.clone());
    const std::int64_t start = 1'700'000'000'000;
    for (int done = 0; done < events;) {
        cb::store::Transaction batch(store.database());
        for (int i = 0; i < 20000 && done < events; ++i, ++done) {
            log.append({0, start + done, QStringLiteral("staff:%1").arg(done % 200 + 1), QStringLiteral("conversation.view"),
                        QStringLiteral("conversation:%1").arg(done % 5000 + 1), QJsonObject{{QStringLiteral("n"), done % 500}}});
        }
        batch.commit();
        std::fprintf(stderr, "\r%d audit events", done);
    }
    std::fprintf(stderr, "\n");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int auditEvents = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    SandboxProcess sandbox;
    ServerProcess server;
    if (!sandbox.start()) {
        std::fprintf(stderr, "cannot start the sandbox (CB_SANDBOX_BIN)\n");
        return 1;
    }
    const quint16 portalPort = freeLocalPort();
    ServerProcess::Options options;
    options.extraConfig = sandbox.serverConfig(server.folder()) + "[portal]\npublic_url = http://127.0.0.1:" +
                          QByteArray::number(portalPort) + "\nport = " + QByteArray::number(portalPort) +
                          "\n[limits]\nmax_connections = 2048\n";
    server.writeConfig(options);
    if (server.init() != 0 || server.addUser(QStringLiteral("cora"), QStringLiteral("compliance"), Password) != 0) {
        std::fprintf(stderr, "cannot init the server (CB_SERVER_BIN)\n");
        return 1;
    }
    std::printf("writing %d audit events into the store...\n", auditEvents);
    std::fflush(stdout);
    fillAuditTrail(server.dataDir(), auditEvents);
    QByteArray output;
    if (!server.start(&output)) {
        std::fprintf(stderr, "server did not start: %s\n", output.constData());
        return 1;
    }
    const auto port = quint16(server.baseUrl().port());
    std::printf("machine: %u cores\n\n", std::thread::hardware_concurrency());

    // 1. Floods with no credentials, 4 at the API and 4 at the portal: at a real
    // network's pace, then as fast as loopback goes (the attackers' own threads
    // then compete with the server for the same 2 cores).
    for (const bool paced : {true, false}) {
        std::atomic<bool> running{true};
        std::atomic<std::uint64_t> bodies{0};
        std::vector<std::thread> attackers;
        for (int i = 0; i < 4; ++i) {
            attackers.emplace_back(flood, port, QByteArray("/api/v1/conversations/1/attachments"), paced, std::cref(running), std::ref(bodies));
            attackers.emplace_back(flood, portalPort, QByteArray("/portal/upload"), paced, std::cref(running), std::ref(bodies));
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));
        LoadPlan webhooks = cb::bench::webhookPlan(port, paced ? QStringLiteral("paced") : QStringLiteral("flat"));
        webhooks.ratePerSecond = 100;
        webhooks.connections = 8;
        webhooks.prepared = 1000;
        LoadResult health;
        std::thread probe([&] { health = cb::bench::runLoad(healthPlan(port)); });
        const LoadResult acks = cb::bench::runLoad(webhooks);
        probe.join();
        running = false;
        for (std::thread &attacker : attackers) {
            attacker.join();
        }
        std::printf("%s: %llu attempts at a 14 MiB body with no credentials\n",
                    paced ? "8 clients at 25 Mbit/s each" : "8 clients as fast as loopback goes", static_cast<unsigned long long>(bodies.load()));
        cb::bench::printLoad("  signed webhooks paced at 100/s", acks);
        cb::bench::printLoad("  /healthz paced at 20/s", health);
    }

    // 2. 1,024 connections with no credentials, each trickling a body.
    {
        asio::io_context io;
        std::vector<std::unique_ptr<tcp::socket>> held;
        const double before = residentMiB(server.pid());
        int open = 0;
        for (int i = 0; i < 1024; ++i) {
            auto socket = std::make_unique<tcp::socket>(io);
            boost::system::error_code ec;
            socket->open(tcp::v4(), ec);
            // 64 connections per address at most: 16 loopback addresses.
            socket->bind(tcp::endpoint(asio::ip::make_address_v4("127.0.1." + std::to_string(1 + i / 64)), 0), ec);
            socket->connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
            const std::string head = "POST /api/v1/conversations/1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Content-Length: 1000\r\n\r\n{\"text\":\"";
            asio::write(*socket, asio::buffer(head), ec);
            open += ec ? 0 : 1;
            held.push_back(std::move(socket));
        }
        for (int second = 0; second < 5; ++second) { // a byte each, every second
            for (auto &socket : held) {
                boost::system::error_code ec;
                asio::write(*socket, asio::buffer("a", 1), ec);
            }
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        std::printf("server RSS with %d unauthenticated connections trickling bodies: %.1f MiB (%.1f MiB before)\n", open,
                    residentMiB(server.pid()), before);
    }

    // 3. /healthz while audit/verify walks the trail.
    {
        ApiClient api{server.baseUrl()};
        const QString token = api.enrol(QStringLiteral("cora"), Password, server.enrolmentCode(QStringLiteral("cora")))
                                  .value(QStringLiteral("token")).toString();
        LoadResult health;
        LoadPlan probe = healthPlan(port);
        probe.duration = std::chrono::milliseconds(8000);
        std::thread prober([&] { health = cb::bench::runLoad(probe); });
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const auto started = std::chrono::steady_clock::now();
        const HttpResult verified = api.get(QStringLiteral("/api/v1/audit/verify"), token);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        prober.join();
        std::printf("audit/verify over %lld events: %s in %.1f s\n",
                    static_cast<long long>(verified.json().value(QStringLiteral("events_checked")).toInteger()),
                    verified.json().value(QStringLiteral("intact")).toBool() ? "intact" : "NOT intact", seconds);
        cb::bench::printLoad("/healthz paced at 20/s meanwhile", health);
    }
    return 0;
}
