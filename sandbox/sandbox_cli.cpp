#include "sandbox/sandbox_cli.h"

#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/platform/quit_on_signal.h"
#include "sandbox/graph_api_sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace cb::sandbox {

int runSandboxCli(int argc, char **argv)
{
    platform::disableCoreDumps();
    platform::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carebridge-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stand-in for the WhatsApp Business Cloud API"));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any)."),
                                        QStringLiteral("port"), QStringLiteral("8090"));
    const QCommandLineOption tokenOption(QStringLiteral("access-token"),
                                         QStringLiteral("Bearer token the server must send (or $CB_SANDBOX_ACCESS_TOKEN)."),
                                         QStringLiteral("token"), qEnvironmentVariable("CB_SANDBOX_ACCESS_TOKEN"));
    const QCommandLineOption phoneOption(QStringLiteral("phone-number-id"), QStringLiteral("Business phone number id."),
                                         QStringLiteral("id"), QStringLiteral("106540352242922"));
    parser.addOptions({portOption, tokenOption, phoneOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "carebridge-sandbox: --port must be 0 to 65535\n");
        return 2;
    }
    if (parser.value(tokenOption).isEmpty()) {
        std::fprintf(stderr, "carebridge-sandbox: an access token is required (--access-token)\n");
        return 2;
    }

    GraphApiSandbox::Settings settings;
    settings.accessToken = parser.value(tokenOption);
    settings.phoneNumberId = parser.value(phoneOption);
    platform::quitOnTerminationSignals(); // before the port is announced
    GraphApiSandbox sandbox(settings);
    try {
        const quint16 bound = sandbox.listen(static_cast<quint16>(port));
        std::printf("Carebridge sandbox listening on http://127.0.0.1:%u\n", bound);
        std::fflush(stdout);
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "carebridge-sandbox: %s\n", error.what());
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace cb::sandbox
