#include "server/server_cli.h"

#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/platform/quit_on_signal.h"
#include "core/store/database.h"
#include "server/http_service.h"
#include "server/master_key.h"
#include "server/server_config.h"
#include "server/server_store.h"

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
    ServerStore store = ServerStore::open(config.storePath(), MasterKey::load(config.masterKeyFile));
    logger->info("store open, schema version {}", store.schemaVersion());

    // Handle SIGTERM before announcing the port: a stop that arrives right after
    // start-up must still close the store cleanly.
    platform::quitOnTerminationSignals();
    HttpService http(store);
    const quint16 port = http.listen(config);
    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"),
                                 config.address.toString())
                            .arg(port);
    logger->info("listening on {}", url.toStdString());
    std::printf("Carebridge server listening on %s\n", qUtf8Printable(url));
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    logger->info("stopping");
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
    parser.addOption(configOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | run (default)"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("run"));
    if (positional.size() > 1 || (command != QLatin1String("init") && command != QLatin1String("run"))) {
        printError(QStringLiteral("unknown command; use 'init' or 'run'"));
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
