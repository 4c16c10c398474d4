// "Wipe workstation": from the admin's click to the nurse's desktop (another
// real process) being signed out, against a real server with the sandbox.
// Each round starts a new nurse desktop on a new workstation folder.
// Run (one line): cd build && CB_SERVER_BIN=$PWD/app/carebridge-server CB_SANDBOX_BIN=$PWD/app/carebridge-sandbox
// QT_QPA_PLATFORM=offscreen ../scripts/with-keyring.sh bench/bench_wipe_lock [rounds]
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"
#include "tests/ui/desktop_fixture.h"
#include "tests/ui/wipe_drill.h"

#include <QApplication>
#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <cstdio>

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

int bench(int rounds)
{
    using State = cb::client::SessionManager::State;
    cb::test::SandboxProcess sandbox;
    cb::test::ServerProcess server;
    if (!sandbox.start()) {
        return 2;
    }
    cb::test::ServerProcess::Options options;
    options.port = cb::test::freeLocalPort();
    options.extraConfig = sandbox.serverConfig(server.folder());
    server.writeConfig(options);
    if (server.init() != 0 || server.addUser(QStringLiteral("root"), QStringLiteral("admin"), Password) != 0 ||
        server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password) != 0 || !server.start() ||
        !sandbox.setWebhook(server.baseUrl())) {
        return 3;
    }
    cb::test::ApiClient api{server.baseUrl()};
    const QJsonObject admin = api.enrol(QStringLiteral("root"), Password, server.enrolmentCode(QStringLiteral("root")));
    const QJsonArray nurseCodes = api.enrol(QStringLiteral("nina"), Password, server.enrolmentCode(QStringLiteral("nina")))
                                      .value(QStringLiteral("recovery_codes")).toArray();
    rounds = std::min<int>(rounds, int(nurseCodes.size()));
    if (!sandbox.say(QStringLiteral("15550109003"), QStringLiteral("Bench Patient"), QStringLiteral("hello"))) {
        return 4;
    }
    cb::test::DesktopFixture desk(server.baseUrl().toString());
    desk.window.show();
    desk.session.submitPassword(QStringLiteral("root"), Password);
    if (!QTest::qWaitFor([&] { return desk.session.state() == State::AwaitingCode; }, 10000)) {
        return 5;
    }
    desk.session.submitCode(admin.value(QStringLiteral("recovery_codes")).toArray().first().toString());
    if (!QTest::qWaitFor([&] { return desk.session.state() == State::Active; }, 15000)) {
        return 6;
    }
    QList<qint64> latencies;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir folder;
        auto nurse = cb::test::startNurseDesktop(server.baseUrl().toString(), folder.path(), QStringLiteral("nina"), Password,
                                                 nurseCodes.at(round).toString());
        if (nurse.deviceId.isEmpty()) {
            return 7;
        }
        const qint64 clicked = cb::test::wipeFromConsole(desk.window, nurse.deviceId);
        const QString locked = cb::test::readChildValue(*nurse.process, "locked", 15000);
        if (clicked == 0 || locked.isEmpty()) {
            return 8;
        }
        latencies << locked.toLongLong() - clicked;
        std::printf("round %d: %lld ms\n", round + 1, latencies.last());
        nurse.process->waitForFinished(5000);
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("click to the nurse's desktop signed out, %d rounds: median %lld ms, min %lld ms, max %lld ms\n",
                int(latencies.size()), latencies[latencies.size() / 2], latencies.first(), latencies.last());
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (cb::test::isNurseDesktopChild()) {
        return cb::test::runNurseDesktop();
    }
    return bench(argc > 1 ? std::atoi(argv[1]) : 9);
}
