#include "tests/support/server_process.h"


#include <QFile>

#include "tests/support/test_certificate.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

namespace cb::test {

ServerProcess::ServerProcess()
{
    writeConfig({});
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("carebridge-server.conf"));
}

QString ServerProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

void ServerProcess::writeConfig(const Options &options)
{
    QByteArray config = "[server]\naddress = 127.0.0.1\nport = " + QByteArray::number(options.port) + "\ndata_dir = data\n"
                        "[clinic]\nname = Sunrise Clinic\n[security]\n" + options.security;
    if (options.tls) {
        const TestCertificate cert = TestCertificate::create(m_dir.path());
        QVERIFY2(cert.isValid(), "could not make a test certificate");
        m_certificate = cert.certificatePath;
        config += "[tls]\ncertificate = " + cert.certificatePath.toUtf8() + "\nprivate_key = " +
                  cert.privateKeyPath.toUtf8() + "\n";
    }
    writeFile(configPath(), config + options.extraConfig);
}

int ServerProcess::init(QByteArray *output)
{
    return runProgram(serverBinary(), {QStringLiteral("--config"), configPath(), QStringLiteral("init")}, output);
}

int ServerProcess::addUser(const QString &username, const QString &role, const QString &password, QByteArray *output)
{
    QByteArray printed;
    const int status = runProgram(serverBinary(),
                                  {QStringLiteral("--config"), configPath(), QStringLiteral("user"), QStringLiteral("add"),
                                   username, QStringLiteral("--role"), role},
                                  &printed, password.toUtf8() + "\n");
    static const QRegularExpression code(QStringLiteral("Enrolment code: (\\S+)"));
    if (const auto match = code.match(QString::fromUtf8(printed)); match.hasMatch()) {
        m_enrolmentCodes.insert(username, match.captured(1));
    }
    if (output != nullptr) {
        *output = printed;
    }
    return status;
}

bool ServerProcess::start(QByteArray *output)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log goes to a file: a pipe nobody reads would fill and stall the server.
    const QString errors = m_dir.filePath(QStringLiteral("server.stderr"));
    m_process.setStandardErrorFile(errors, QIODevice::Append);
    m_process.start(serverBinary(), {QStringLiteral("--config"), configPath(), QStringLiteral("run")});
    static const QRegularExpression listening(QStringLiteral("server listening on (\\S+)"));
    static const QRegularExpression portalListening(QStringLiteral("portal listening on (\\S+)"));
    QFile configFile(configPath());
    configFile.open(QIODevice::ReadOnly);
    const bool withPortal = configFile.readAll().contains("[portal]");
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        m_process.waitForReadyRead(200);
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        const auto portal = portalListening.match(QString::fromUtf8(seen));
        if (match.hasMatch() && (portal.hasMatch() || !withPortal)) {
            m_url = QUrl(match.captured(1));
            m_portalUrl = portal.hasMatch() ? QUrl(portal.captured(1)) : QUrl();
            return true;
        }
    }
    m_process.waitForFinished(2000);
    if (output != nullptr) {
        QFile log(errors);
        log.open(QIODevice::ReadOnly);
        *output = seen + m_process.readAllStandardOutput() + log.readAll().right(4000);
    }
    stop();
    return false;
}

int ServerProcess::waitForExit(int ms)
{
    const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
    if (!ended || m_process.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    return m_process.exitCode();
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

} // namespace cb::test
