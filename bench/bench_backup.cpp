// Backup and restore of a large server store (issue 20's figures):
//   bench_backup [MiB]   (default 1100: a store of at least 1 GiB)
// Fills a real store with patients' messages, starts the real server on it,
// then takes a backup with the real CLI while signed webhooks arrive at 100/s
// (their ack latency during the backup), and restores that backup into an
// empty folder (the recovery time a clinic can plan on).
#include "bench/bench_common.h"
#include "core/store/transaction.h"
#include "server/config/master_key.h"
#include "server/store/server_store.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <cstdlib>
#include <thread>

using cb::bench::LoadPlan;
using cb::bench::LoadResult;
using cb::test::SandboxProcess;
using cb::test::ServerProcess;

namespace {

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files | QDir::Hidden)) {
        total += file.size();
    }
    return total;
}

// Patients' messages, written as the server writes them, until the store holds `targetMiB`.
void fillStore(const QString &dataDir, int targetMiB)
{
    const auto masterKey = cb::server::MasterKey::load(dataDir + QStringLiteral("/master.key"));
    auto store = cb::server::ServerStore::open(dataDir + QStringLiteral("/server.db"), masterKey);
    auto &db = store.database();
    const QString text = QStringLiteral("Hello, I would like to move my appointment next week because of work; "
                                        "could someone call me back in the afternoon? Thank you very much. ")
                             .repeated(8);
    const std::int64_t start = 1'760'000'000'000;
    const QString path = dataDir + QStringLiteral("/server.db");
    std::int64_t message = 0;
    for (int patient = 1; mib(QFileInfo(path).size()) < targetMiB; ++patient) {
        cb::store::Transaction batch(db);
        db.prepare("INSERT INTO contacts (id, wa_id, profile_name, created_at_ms) VALUES (?, ?, ?, ?)")
            .bindAll(std::int64_t(patient), QStringLiteral("1555%1").arg(patient, 7, 10, QLatin1Char('0')),
                     QStringLiteral("Patient %1").arg(patient), start)
            .run();
        db.prepare("INSERT INTO conversations (id, contact_id, last_message_at_ms) VALUES (?, ?, ?)")
            .bindAll(std::int64_t(patient), std::int64_t(patient), start + patient)
            .run();
        for (int i = 0; i < 400; ++i, ++message) {
            db.prepare("INSERT INTO messages (conversation_id, channel, direction, kind, body, wamid, state, sent_at_ms) "
                       "VALUES (?, 'whatsapp', 'inbound', 'text', ?, ?, 'received', ?)")
                .bindAll(std::int64_t(patient), text + QString::number(message), QStringLiteral("wamid.fill.%1").arg(message),
                         start + message)
                .run();
        }
        batch.commit();
        if (patient % 50 == 0) {
            std::fprintf(stderr, "\r%.0f MiB", mib(QFileInfo(path).size()));
        }
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::fprintf(stderr, "\r%.0f MiB, %lld messages\n", mib(QFileInfo(path).size()), static_cast<long long>(message));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int targetMiB = argc > 1 ? std::atoi(argv[1]) : 1100;
    SandboxProcess sandbox;
    ServerProcess server;
    QTemporaryDir backups;
    if (!sandbox.start()) {
        std::fprintf(stderr, "cannot start the sandbox (CB_SANDBOX_BIN)\n");
        return 1;
    }
    ServerProcess::Options options;
    options.extraConfig = sandbox.serverConfig(server.folder()) + "[backup]\ndirectory = " + backups.path().toUtf8() + "\n";
    server.writeConfig(options);
    if (server.init() != 0) {
        std::fprintf(stderr, "cannot init the server (CB_SERVER_BIN)\n");
        return 1;
    }
    fillStore(server.dataDir(), targetMiB);
    QByteArray output;
    if (!server.start(&output)) {
        std::fprintf(stderr, "server did not start: %s\n", output.constData());
        return 1;
    }
    const auto port = quint16(server.baseUrl().port());
    const qint64 storeBytes = QFileInfo(server.dataDir() + QStringLiteral("/server.db")).size();
    std::printf("machine: %u cores; store %.0f MiB\n", std::thread::hardware_concurrency(), mib(storeBytes));

    LoadPlan webhooks = cb::bench::webhookPlan(port, QStringLiteral("during-backup"));
    webhooks.ratePerSecond = 100;
    webhooks.connections = 8;
    webhooks.prepared = 20000;
    {
        // The same load with no backup running: what "during the backup" compares with.
        LoadPlan quiet = webhooks;
        quiet.duration = std::chrono::milliseconds(10000);
        quiet.request = [&](std::uint64_t n) { return webhooks.request(900000 + n); };
        quiet.prepared = 1000;
        cb::bench::printLoad("  signed webhooks paced at 100/s, no backup running", cb::bench::runLoad(quiet));
    }

    // Webhooks at 100/s for as long as the backup runs.
    QElapsedTimer timer;
    timer.start();
    QProcess backup;
    // Niced as carebridge-backup.service runs it (Nice=10): the server keeps the cores it needs.
    backup.start(QStringLiteral("nice"), {QStringLiteral("-n"), QStringLiteral("10"), cb::test::serverBinary(), QStringLiteral("--config"),
                                          server.configPath(), QStringLiteral("backup")});
    LoadResult acks;
    std::atomic<bool> done{false};
    std::thread load([&] {
        // Rounds of 5 s until the backup has finished.
        LoadResult total;
        for (int round = 0; !done && round < 60; ++round) {
            LoadPlan plan = webhooks;
            plan.duration = std::chrono::milliseconds(5000);
            plan.request = [&, round](std::uint64_t n) { return webhooks.request(std::uint64_t(round) * 1000 + n); };
            plan.prepared = 1000;
            const LoadResult part = cb::bench::runLoad(plan);
            total.ok += part.ok;
            total.failed += part.failed;
            total.seconds += part.seconds;
            total.latenciesMs.insert(total.latenciesMs.end(), part.latenciesMs.begin(), part.latenciesMs.end());
        }
        acks = total;
    });
    backup.waitForFinished(-1);
    const double backupSeconds = double(timer.elapsed()) / 1000.0;
    done = true;
    load.join();
    const QByteArray printed = backup.readAllStandardOutput() + backup.readAllStandardError();
    if (backup.exitCode() != 0) {
        std::fprintf(stderr, "backup failed: %s\n", printed.constData());
        return 1;
    }
    const QStringList made = QDir(backups.path()).entryList({QStringLiteral("carebridge-*")}, QDir::Dirs);
    const QString folder = backups.filePath(made.value(0));
    std::printf("backup (copy, fsync, full verification) of the %.0f MiB store: %.1f s, %.0f MiB on disk\n", mib(storeBytes),
                backupSeconds, mib(folderBytes(folder)));
    cb::bench::printLoad("  signed webhooks paced at 100/s during the backup", acks);
    server.stop();

    // Restore into an empty folder: the recovery time.
    timer.restart();
    const QString target = server.folder() + QStringLiteral("/restored");
    const int restored = cb::test::runProgram(cb::test::serverBinary(),
                                              {QStringLiteral("--config"), server.configPath(), QStringLiteral("restore"),
                                               QStringLiteral("--from"), folder, QStringLiteral("--to"), target},
                                              &output, {}, 3600 * 1000);
    if (restored != 0) {
        std::fprintf(stderr, "restore failed: %s\n", output.constData());
        return 1;
    }
    std::printf("restore (verify the backup, copy, migrate, void sessions) into an empty folder: %.1f s\n",
                double(timer.elapsed()) / 1000.0);
    return 0;
}
