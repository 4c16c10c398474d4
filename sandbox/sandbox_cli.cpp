#include "sandbox/sandbox_cli.h"

#include "core/log/logging.h"
#include "core/platform/process_hardening.h"
#include "core/platform/quit_on_signal.h"
#include "sandbox/control_routes.h"
#include "core/crypto/random_token.h"
#include "sandbox/graph_api_sandbox.h"
#include "sandbox/patient_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <QSocketNotifier>

#include <cstdio>
#include <iostream>
#include <string>

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
    const QCommandLineOption webhookOption(QStringLiteral("webhook-url"),
                                           QStringLiteral("The server's webhook, e.g. http://127.0.0.1:8443/webhooks/whatsapp."),
                                           QStringLiteral("url"));
    const QCommandLineOption secretOption(QStringLiteral("app-secret"),
                                          QStringLiteral("App secret that signs webhooks (or $CB_SANDBOX_APP_SECRET)."),
                                          QStringLiteral("secret"), qEnvironmentVariable("CB_SANDBOX_APP_SECRET"));
    const QCommandLineOption delayOption(QStringLiteral("status-delay-ms"),
                                         QStringLiteral("Delay between sent, delivered and read webhooks."),
                                         QStringLiteral("ms"), QStringLiteral("300"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Play scripted patients in English and Spanish, one line every N ms."),
                                        QStringLiteral("ms"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        QStringLiteral("Type as a patient: each stdin line \"<wa_id> <text>\" is sent to the server."));
    const QCommandLineOption caOption(QStringLiteral("webhook-ca-file"),
                                      QStringLiteral("PEM certificate to trust for an https webhook URL."), QStringLiteral("file"));
    const QCommandLineOption controlOption(QStringLiteral("control-token"),
                                           QStringLiteral("Token the /sandbox/ control API requires in X-Sandbox-Token "
                                                          "(or $CB_SANDBOX_CONTROL_TOKEN; default: a random one, printed)."),
                                           QStringLiteral("token"), qEnvironmentVariable("CB_SANDBOX_CONTROL_TOKEN"));
    parser.addOptions({portOption, tokenOption, phoneOption, webhookOption, secretOption, delayOption, demoOption, typeOption,
                       caOption, controlOption});
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
    WebhookPoster poster(QUrl(parser.value(webhookOption)), parser.value(secretOption).toUtf8());
    PatientSimulator patients(sandbox, poster,
                              WebhookBuilder(QStringLiteral("102290129340398"), settings.phoneNumberId, QStringLiteral("15550783881")),
                              parser.value(delayOption).toInt());
    const QByteArray controlToken = parser.value(controlOption).isEmpty() ? crypto::randomToken(24)
                                                                          : parser.value(controlOption).toUtf8();
    addControlRoutes(sandbox, patients, controlToken);
    // Only refusals are worth a line: a line per accepted delivery buries them (and
    // every test's own output) under thousands of identical ones.
    QObject::connect(&poster, &WebhookPoster::deliveredOne, &poster, [](int status) {
        if (status != 200) {
            std::fprintf(stderr, "carebridge-sandbox: webhook given up or refused, server answered %d\n", status);
        }
    });
    if (parser.isSet(caOption) && !poster.addCaFile(parser.value(caOption))) {
        std::fprintf(stderr, "carebridge-sandbox: cannot read a certificate from --webhook-ca-file\n");
        return 2;
    }
    if (parser.isSet(webhookOption) && parser.value(secretOption).isEmpty()) {
        std::fprintf(stderr, "carebridge-sandbox: --webhook-url needs --app-secret to sign deliveries\n");
        return 2;
    }
    std::unique_ptr<QSocketNotifier> typing;
    if (parser.isSet(typeOption)) {
        // "<wa_id> <text>": the line reaches the server as that patient's message.
        typing = std::make_unique<QSocketNotifier>(0, QSocketNotifier::Read);
        QObject::connect(typing.get(), &QSocketNotifier::activated, &patients, [&patients, &typing] {
            std::string line;
            if (!std::getline(std::cin, line)) {
                typing->setEnabled(false);
                return;
            }
            const QString text = QString::fromStdString(line).trimmed();
            const qsizetype space = text.indexOf(QLatin1Char(' '));
            if (space > 0) {
                patients.say(text.left(space), {}, text.mid(space + 1));
            }
        });
    }
    if (parser.isSet(demoOption)) {
        patients.playDemo(parser.value(demoOption).toInt());
    }
    try {
        const quint16 bound = sandbox.listen(static_cast<quint16>(port));
        std::printf("Carebridge sandbox listening on http://127.0.0.1:%u\n", bound);
        if (parser.value(controlOption).isEmpty()) {
            std::printf("Control token: %s\n", controlToken.constData());
        }
        std::fflush(stdout);
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "carebridge-sandbox: %s\n", error.what());
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace cb::sandbox
