#include "server/server_cli.h"

#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/platform/quit_on_signal.h"
#include "core/store/database.h"
#include "server/audit/audit_cli.h"
#include "server/audit/checkpoint_timer.h"
#include "server/http/http_service.h"
#include "server/config/master_key.h"
#include "server/config/server_config.h"
#include "server/server_context.h"
#include "server/identity/staff_cli.h"
#include "server/store/server_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

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
    MasterKey::create(config.masterKeyFile);
    try {
        ServerStore::create(config.storePath(), MasterKey::load(config.masterKeyFile));
    } catch (...) {
        // Leave nothing half-made: a later init must start from a clean folder.
        QFile::remove(config.storePath());
        QFile::remove(config.masterKeyFile);
        throw;
    }
    std::printf("Initialised a new Carebridge server in %s\n", qUtf8Printable(config.dataDir));
    return 0;
}

int serve(const ServerConfig &config)
{
    log::setupLogging({config.logDir(), QStringLiteral("carebridge-server.log")});
    auto logger = log::logger("server");
    const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
    const platform::SystemClock clock;
    ServerContext context(config, ServerStore::open(config.storePath(), masterKey), masterKey, clock);
    logger->info("store open, schema version {}", context.store().schemaVersion());

    // Handle SIGTERM before announcing the port: a stop that arrives right after
    // start-up must still close the store cleanly.
    platform::quitOnTerminationSignals();
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

    const int code = QCoreApplication::exec();
    logger->info("stopping: no new connections; finishing requests and commits in flight");
    http.drain(config.drainSeconds * 1000);
    checkpoints.finish();
    log::flushLogs();
    return code;
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
    parser.setApplicationDescription(QStringLiteral("Carebridge clinic server"));
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
    parser.addOptions({configOption, displayNameOption, roleOption, anchorOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | run (default) | user add <username> | audit verify | "
                                                "audit public-key"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("run"));
    const bool userAdd = command == QLatin1String("user") && positional.value(1) == QLatin1String("add") &&
                         positional.size() == 3;
    const QString auditCommand = command == QLatin1String("audit") && positional.size() == 2 ? positional.value(1) : QString();
    const bool audit = auditCommand == QLatin1String("verify") || auditCommand == QLatin1String("public-key");
    if (!userAdd && !audit &&
        (positional.size() > 1 || (command != QLatin1String("init") && command != QLatin1String("run")))) {
        printError(QStringLiteral("unknown command; use 'init', 'run', 'user add <username>', 'audit verify' or "
                                  "'audit public-key'"));
        return ExitUsage;
    }
    if (!hardened) {
        printError(QStringLiteral("warning: could not disable core dumps"));
    }

    try {
        store::requireSqlCipher4();
        ServerConfig config;
        if (!loadConfig(parser.value(configOption), config)) {
            return ExitUsage;
        }
        if (audit) {
            return auditCommand == QLatin1String("verify") ? verifyAuditFromCli(config, parser.value(anchorOption))
                                                           : printAuditPublicKey(config);
        }
        if (userAdd) {
            return addStaffFromCli(config, positional.value(2), parser.value(displayNameOption), parser.values(roleOption));
        }
        return command == QLatin1String("init") ? initInstallation(config) : serve(config);
    } catch (const store::StoreError &error) {
        printError(error.userMessage() + QStringLiteral(" (") + QString::fromStdString(error.what()) +
                   QStringLiteral(")"));
    } catch (const std::exception &error) {
        printError(QString::fromStdString(error.what()));
    }
    return ExitFailure;
}

} // namespace cb::server
