#include "server/server_cli.h"

#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/platform/quit_on_signal.h"
#include "core/store/database.h"
#include "server/audit/audit_cli.h"
#include "server/audit/checkpoint_timer.h"
#include "server/backup/backup_cli.h"
#include "server/backup/backup_history.h"
#include "server/backup/backup_keys.h"
#include "server/backup/backup_writer.h"
#include "server/config/master_key.h"
#include "server/config/server_config.h"
#include "server/http/http_service.h"
#include "server/identity/staff_cli.h"
#include "server/runtime/run_as_owner.h"
#include "server/runtime/service_manager.h"
#include "server/server_context.h"
#include "server/store/server_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace cb::server {

namespace {
constexpr int ExitUsage = 2;
constexpr int ExitFailure = 1;

void printError(const QString &text)
{
    std::fprintf(stderr, "carebridge-server: %s\n", qUtf8Printable(text));
}

bool loadConfig(const QString &path, ServerConfig &config)
{
    QStringList errors;
    config = ServerConfig::load(path, &errors);
    for (const QString &error : errors) {
        printError(error);
    }
    return errors.isEmpty();
}

int initInstallation(const ServerConfig &config)
{
    if (!QDir().mkpath(config.dataDir)) {
        printError(QStringLiteral("cannot create data folder %1").arg(config.dataDir));
        return ExitFailure;
    }
    QFile::setPermissions(config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFile::exists(config.storePath())) {
        printError(QStringLiteral("a server store already exists at %1; init never replaces one").arg(config.storePath()));
        return ExitFailure;
    }
    // The key first, as whoever runs init (root, for /etc/carebridge/master.key);
    // then the store as the data folder's owner.
    MasterKey::create(config.masterKeyFile);
    try {
        MasterKey::keepForThisProcess(config.masterKeyFile);
        if (const QString error = runAsOwnerOf(config.dataDir); !error.isEmpty()) {
            throw std::runtime_error(error.toStdString());
        }
        ServerStore::create(config.storePath(), MasterKey::load(config.masterKeyFile));
    } catch (...) {
        // Leave nothing half-made: a later init must start from a clean folder.
        QFile::remove(config.storePath());
        QFile::remove(config.masterKeyFile);
        throw;
    }
    std::printf("Initialised a new Carebridge server in %s (master key: %s; keep a copy of it off this machine, "
                "apart from the backups)\n",
                qUtf8Printable(config.dataDir), qUtf8Printable(config.masterKeyFile));
    return 0;
}

// Before a migration, a verified backup; no backup, no migration.
void backupBeforeMigrating(const ServerConfig &config, const QString &configPath, const crypto::SecretBytes &masterKey)
{
    int stored = 0;
    {
        store::Database db = store::Database::open(config.storePath(), BackupKeys(masterKey).liveStoreKey(),
                                                   store::Database::OpenMode::Alongside);
        stored = int(db.queryInt("PRAGMA user_version"));
    }
    const int latest = ServerStore::latestSchemaVersion();
    if (stored == 0 || stored >= latest) {
        return; // nothing to migrate, or too new (ServerStore::open refuses it)
    }
    const BackupOutcome backup = takeBackup(config, configPath, masterKey, config.backupDir, 0);
    std::printf("Backed up before migrating from schema %d to %d: %s\n", stored, latest, qUtf8Printable(backup.folder));
    log::logger("server")->info("backed up before migrating from schema {} to {}: {}", stored, latest, backup.folder.toStdString());
    ServerStore::open(config.storePath(), masterKey); // migrates, so the run can be recorded in the new table
    recordBackupRun(config, masterKey,
                    {BackupRun::Kind::Backup, backup.manifest.name, backup.manifest.createdAtMs, backup.seconds, backup.bytes, true});
}

int serve(const ServerConfig &config, const QString &configPath)
{
    log::setupLogging({config.logDir(), QStringLiteral("carebridge-server.log")});
    auto logger = log::logger("server");
    const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
    backupBeforeMigrating(config, configPath, masterKey);
    const platform::SystemClock clock;
    ServerContext context(config, ServerStore::open(config.storePath(), masterKey), masterKey, clock);
    logger->info("store open, schema version {}", context.store().schemaVersion());

    // Handle SIGTERM before announcing the port: a stop that arrives right after
    // start-up must still close the store cleanly.
    platform::quitOnTerminationSignals();
    ServiceManager service;
    CheckpointTimer checkpoints(context);
    HttpService http(context);
    const quint16 port = http.listen(config);
    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"),
                                 config.address.toString())
                            .arg(port);
    logger->info("listening on {}", url.toStdString());
    std::printf("Carebridge server listening on %s\n", qUtf8Printable(url));
    if (const quint16 portalPort = http.listenPortal(config)) {
        const QString portalUrl = QStringLiteral("%1://%2:%3")
                                      .arg(config.portal.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                                           config.portal.address.toString())
                                      .arg(portalPort);
        logger->info("portal listening on {} (public URL {})", portalUrl.toStdString(),
                     config.portal.publicUrl.toString().toStdString());
        std::printf("Carebridge portal listening on %s\n", qUtf8Printable(portalUrl));
    }
    std::fflush(stdout);
    const QString status = QStringLiteral("serving on %1").arg(url);
    // `systemctl reload` (SIGHUP): a renewed certificate for new connections, and
    // the log file reopened (after an outside rotation). Nothing in flight drops.
    platform::onHangup([&] {
        service.reloading();
        log::setupLogging({config.logDir(), QStringLiteral("carebridge-server.log")});
        try {
            http.reloadTls(config);
            logger->info("reloaded: TLS certificate and key read again, log reopened");
        } catch (const std::exception &error) {
            logger->error("reload: {}; the previous certificate keeps serving", error.what());
        }
        service.reloaded(status);
    });
    service.ready(status);

    const int code = QCoreApplication::exec();
    service.stopping();
    logger->info("stopping: no new connections; finishing requests and commits in flight");
    http.drain(config.drainSeconds * 1000);
    checkpoints.finish();
    log::flushLogs();
    return code;
}

struct Command
{
    enum class Kind { Init, Run, UserAdd, AuditVerify, AuditPublicKey, Backup, BackupVerify, Restore, Invalid };
    Kind kind = Kind::Invalid;
    QString argument; // the username, or the backup folder
};

Command parseCommand(const QStringList &positional)
{
    const QString first = positional.value(0, QStringLiteral("run"));
    const QString second = positional.value(1);
    const auto size = positional.size();
    using K = Command::Kind;
    if (size <= 1 && first == QLatin1String("init")) {
        return {K::Init, {}};
    }
    if (size <= 1 && first == QLatin1String("run")) {
        return {K::Run, {}};
    }
    if (size == 3 && first == QLatin1String("user") && second == QLatin1String("add")) {
        return {K::UserAdd, positional.value(2)};
    }
    if (size == 2 && first == QLatin1String("audit") && second == QLatin1String("verify")) {
        return {K::AuditVerify, {}};
    }
    if (size == 2 && first == QLatin1String("audit") && second == QLatin1String("public-key")) {
        return {K::AuditPublicKey, {}};
    }
    if (size == 1 && first == QLatin1String("backup")) {
        return {K::Backup, {}};
    }
    if (size == 3 && first == QLatin1String("backup") && second == QLatin1String("verify")) {
        return {K::BackupVerify, positional.value(2)};
    }
    if (size == 1 && first == QLatin1String("restore")) {
        return {K::Restore, {}};
    }
    return {};
}
} // namespace

int runServerCli(int argc, char **argv)
{
    const bool hardened = platform::disableCoreDumps();
    platform::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carebridge-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Carebridge clinic server (see carebridge-server(8))"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")}, QStringLiteral("Configuration file."), QStringLiteral("file"),
        qEnvironmentVariable("CAREBRIDGE_SERVER_CONFIG", QStringLiteral("/etc/carebridge/carebridge-server.conf")));
    const QCommandLineOption displayNameOption(QStringLiteral("display-name"),
                                               QStringLiteral("With 'user add': the name colleagues see."),
                                               QStringLiteral("name"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QStringLiteral("With 'user add': a role (repeat for more)."),
                                        QStringLiteral("role"));
    const QCommandLineOption anchorOption(QStringLiteral("anchor"),
                                          QStringLiteral("With 'audit verify': also check against the checkpoints an "
                                                         "earlier export (JSON or CSV) carries."),
                                          QStringLiteral("export"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("With 'backup': the folder backups go in (default: [backup] directory). "
                                                     "With 'restore': the new, empty data folder."),
                                      QStringLiteral("folder"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("With 'restore': a backup folder, or a folder of backups (its newest)."),
                                        QStringLiteral("folder"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("With 'backup': keep the newest N backups, removing older ones once "
                                                       "the new one verified (default: [backup] keep)."),
                                        QStringLiteral("N"));
    const QCommandLineOption drillOption(QStringLiteral("drill"),
                                         QStringLiteral("With 'restore': restore into a temporary folder, verify, record "
                                                        "the drill and remove the copy."));
    parser.addOptions({configOption, displayNameOption, roleOption, anchorOption, toOption, fromOption, keepOption, drillOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | run (default) | user add <username> | audit verify | "
                                                "audit public-key | backup | backup verify <folder> | restore"));
    parser.process(app);

    const Command command = parseCommand(parser.positionalArguments());
    if (command.kind == Command::Kind::Invalid) {
        printError(QStringLiteral("unknown command; use 'init', 'run', 'user add <username>', 'audit verify', "
                                  "'audit public-key', 'backup', 'backup verify <folder>' or 'restore'"));
        return ExitUsage;
    }
    if (command.kind == Command::Kind::Restore && parser.isSet(drillOption) == parser.isSet(toOption)) {
        printError(QStringLiteral("restore needs either --to DATA_DIR (a new, empty folder) or --drill"));
        return ExitUsage;
    }
    if (command.kind == Command::Kind::Restore && !parser.isSet(drillOption) && !parser.isSet(fromOption)) {
        printError(QStringLiteral("restore --to needs --from BACKUP_FOLDER"));
        return ExitUsage;
    }
    if (!hardened) {
        printError(QStringLiteral("warning: could not disable core dumps"));
    }

    try {
        store::requireSqlCipher4();
        ServerConfig config;
        const QString configPath = parser.value(configOption);
        if (!loadConfig(configPath, config)) {
            return ExitUsage;
        }
        using K = Command::Kind;
        if (command.kind == K::Init) {
            return initInstallation(config);
        }
        // Run as root (sudo), a command reads the master key as root, then works as
        // the service user, so nothing it writes is root's.
        if (::geteuid() == 0 && QFile::exists(config.masterKeyFile)) {
            MasterKey::keepForThisProcess(config.masterKeyFile);
        }
        if (const QString error = runAsOwnerOf(config.dataDir); !error.isEmpty()) {
            printError(error);
            return ExitFailure;
        }
        switch (command.kind) {
        case K::AuditVerify: return verifyAuditFromCli(config, parser.value(anchorOption));
        case K::AuditPublicKey: return printAuditPublicKey(config);
        case K::UserAdd:
            return addStaffFromCli(config, command.argument, parser.value(displayNameOption), parser.values(roleOption));
        case K::Backup: {
            bool keepOk = true;
            const int keep = parser.isSet(keepOption) ? parser.value(keepOption).toInt(&keepOk) : config.backupKeep;
            if (!keepOk || keep < 1) {
                printError(QStringLiteral("--keep needs a number of backups, 1 or more"));
                return ExitUsage;
            }
            return backupFromCli(config, configPath, parser.isSet(toOption) ? parser.value(toOption) : config.backupDir, keep);
        }
        case K::BackupVerify: return verifyBackupFromCli(config, command.argument);
        case K::Restore:
            return restoreFromCli(config, parser.isSet(fromOption) ? parser.value(fromOption) : config.backupDir,
                                  parser.value(toOption), parser.isSet(drillOption));
        case K::Run: return serve(config, configPath);
        case K::Init:
        case K::Invalid: break;
        }
    } catch (const store::StoreError &error) {
        if (error.kind() == store::StoreError::Kind::TooNew) {
            printError(QStringLiteral("this store was made by a newer Carebridge than %1 (%2). Nothing was changed: install "
                                      "that newer version again, or restore a backup made by this one.")
                           .arg(QStringLiteral(CB_VERSION), QString::fromStdString(error.what())));
            return ExitFailure;
        }
        printError(error.userMessage() + QStringLiteral(" (") + QString::fromStdString(error.what()) +
                   QStringLiteral(")"));
    } catch (const std::exception &error) {
        printError(QString::fromStdString(error.what()));
    }
    return ExitFailure;
}

} // namespace cb::server
