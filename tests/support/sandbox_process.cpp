#include "tests/support/sandbox_process.h"

#include "tests/support/test_env.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cb::test {

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool SandboxProcess::start(int statusDelayMs)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // never a full pipe that stalls it
    m_process.start(sandboxBinary(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-token"),
                                      QLatin1String(AccessToken), QStringLiteral("--app-secret"), QLatin1String(AppSecret),
                                      QStringLiteral("--phone-number-id"), QLatin1String(PhoneNumberId),
                                      QStringLiteral("--status-delay-ms"), QString::number(statusDelayMs),
                                      QStringLiteral("--control-token"), QLatin1String(ControlToken)});
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    return false;
}

QByteArray SandboxProcess::serverConfig(const QString &folder) const
{
    const QString credentials = QDir(folder).filePath(QStringLiteral("whatsapp.credentials"));
    writeFile(credentials, QByteArray("access_token = ") + AccessToken + "\napp_secret = " + AppSecret +
                               "\nverify_token = " + VerifyToken + "\n");
    QFile::setPermissions(credentials, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return "[whatsapp]\nphone_number_id = " + QByteArray(PhoneNumberId) + "\ngraph_url = " + m_url.toString().toUtf8() +
           "\ncredentials_file = " + credentials.toUtf8() + "\n[outreach]\nquiet_hours = 0-0\n";
}

HttpResult SandboxProcess::controlGet(const QString &path) const
{
    return httpRequest("GET", m_url.resolved(QUrl(path)), {}, {{"X-Sandbox-Token", ControlToken}});
}

HttpResult SandboxProcess::control(const QString &path, const QJsonObject &body) const
{
    return httpPost(m_url.resolved(QUrl(path)), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}, {"X-Sandbox-Token", ControlToken}});
}

bool SandboxProcess::setWebhook(const QUrl &serverBase) const
{
    return control(QStringLiteral("/sandbox/webhook"),
                   {{QStringLiteral("url"), serverBase.resolved(QUrl(QStringLiteral("/webhooks/whatsapp"))).toString()}})
               .status == 202;
}

bool SandboxProcess::say(const QString &waId, const QString &name, const QString &text) const
{
    return control(QStringLiteral("/sandbox/patients/%1/messages").arg(waId),
                   {{QStringLiteral("name"), name}, {QStringLiteral("text"), text}})
               .status == 202;
}

bool SandboxProcess::sendMedia(const QString &waId, const QString &type) const
{
    return control(QStringLiteral("/sandbox/patients/%1/messages").arg(waId), {{QStringLiteral("type"), type}}).status == 202;
}

bool SandboxProcess::sayForged(const QString &waId, const QString &text) const
{
    return control(QStringLiteral("/sandbox/forged"), {{QStringLiteral("wa_id"), waId}, {QStringLiteral("text"), text}}).status == 202;
}

bool SandboxProcess::fault(const QString &name, int count) const
{
    return control(QStringLiteral("/sandbox/faults"), {{QStringLiteral("fault"), name}, {QStringLiteral("count"), count}}).status == 202;
}

QJsonArray SandboxProcess::sent() const
{
    return controlGet(QStringLiteral("/sandbox/sent/all")).json().value(QStringLiteral("messages")).toArray();
}

QJsonArray SandboxProcess::readReceipts() const
{
    return controlGet(QStringLiteral("/sandbox/sent/all")).json().value(QStringLiteral("read_receipts")).toArray();
}

} // namespace cb::test
