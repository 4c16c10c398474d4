#pragma once

#include "client/net/server_endpoint.h"
#include "core/crypto/secret_bytes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace cb::client {

// The desktop's REST link to carebridge-server: JSON in and out, the session
// token in the Authorization header (never in a URL), every call asynchronous.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int httpStatus = 0;        // 0: no HTTP answer (network or TLS failure)
        QString errorCode;         // the protocol's stable code, e.g. "invalid_credentials"
        QJsonObject body;
        int retryAfterSeconds = 0;
        QByteArray raw;            // the bytes of an answer that is not JSON (media)
        QString contentType;
        bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    };
    using Callback = std::function<void(const Reply &)>;

    ServerConnection(ServerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent = nullptr);

    // This workstation's device id, sent with every request (sessions are bound to it).
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId.toUtf8(); }
    void setToken(const QString &token);
    void clearToken();
    bool hasToken() const { return !m_token.isEmpty(); }

    void get(const QString &path, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void remove(const QString &path, Callback done);

    // Asked when the server wants the person's password and code again before a
    // change (403 step_up_required): the handler confirms them (me/step-up) and
    // answers true, and the request is sent once more; false gives the refusal back.
    using StepUpHandler = std::function<void(std::function<void(bool confirmed)> answer)>;
    void setStepUpHandler(StepUpHandler handler) { m_stepUpHandler = std::move(handler); }

    const ServerEndpoint &endpoint() const { return m_endpoint; }
    // The event stream's first message: {"type":"hello", token, device, after}.
    // The token stays inside this class except for this one frame.
    QString eventStreamHello(qint64 afterSeq) const;

    // A person-readable, translated sentence for a failed reply.
    static QString describe(const Reply &reply);

signals:
    // The server says our session is over (revoked, expired, idle): `code` tells why.
    void sessionEnded(const QString &code);

private:
    void send(const QByteArray &method, const QString &path, const QByteArray &body, Callback done, bool steppedUp = false);

    ServerEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    crypto::SecretBytes m_token;
    QByteArray m_deviceId;
    StepUpHandler m_stepUpHandler;
};

} // namespace cb::client
