#pragma once

#include "tests/support/http_client.h"
#include "tests/support/server_process.h"

#include <QJsonArray>
#include <QProcess>
#include <QUrl>

namespace cb::test {

// A real carebridge-sandbox on 127.0.0.1, driven through its control API.
class SandboxProcess
{
public:
    static constexpr const char *AccessToken = "sandbox-access-token";
    static constexpr const char *ControlToken = "sandbox-control-token";
    static constexpr const char *AppSecret = "sandbox-app-secret";
    static constexpr const char *VerifyToken = "sandbox-verify-token";
    static constexpr const char *PhoneNumberId = "106540352242922";

    ~SandboxProcess();
    bool start(int statusDelayMs = 30);
    QUrl url() const { return m_url; }

    // The [whatsapp] section (and a 0600 credentials file in `folder`) for a
    // server that talks to this sandbox.
    QByteArray serverConfig(const QString &folder) const;
    // Where deliveries go, once the server's port is known.
    bool setWebhook(const QUrl &serverBase) const;

    bool say(const QString &waId, const QString &name, const QString &text) const;
    bool sendMedia(const QString &waId, const QString &type) const;
    bool sayForged(const QString &waId, const QString &text) const;
    bool fault(const QString &name, int count = 1) const;
    QJsonArray sent() const;
    QJsonArray readReceipts() const;
    // POST (with a body) or GET (without) on the control API.
    HttpResult control(const QString &path, const QJsonObject &body) const;
    HttpResult controlGet(const QString &path) const;

private:

    QProcess m_process;
    QUrl m_url;
};

} // namespace cb::test
