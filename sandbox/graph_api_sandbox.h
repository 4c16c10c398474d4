#pragma once

#include <QHttpServer>
#include <QJsonArray>
#include <QObject>

#include <stdexcept>

namespace cb::sandbox {

// Stand-in for the WhatsApp Cloud API (Graph API). It answers
// POST /{version}/{phone-number-id}/messages with Meta's success and error
// bodies, so the server cannot tell it from graph.facebook.com.
class GraphApiSandbox : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString apiVersion = QStringLiteral("v25.0");
        QString phoneNumberId = QStringLiteral("106540352242922");
        QString accessToken; // the bearer token the server must present
    };

    explicit GraphApiSandbox(Settings settings, QObject *parent = nullptr);

    // Listens on 127.0.0.1; returns the bound port or throws std::runtime_error.
    quint16 listen(quint16 port);
    // Every accepted send request body, oldest first.
    const QJsonArray &sentMessages() const { return m_sent; }

signals:
    void messageAccepted(const QJsonObject &request);

private:
    QHttpServerResponse handleSend(const QString &version, const QString &phoneNumberId,
                                   const QHttpServerRequest &request);

    Settings m_settings;
    QHttpServer m_http;
    QJsonArray m_sent;
};

} // namespace cb::sandbox
