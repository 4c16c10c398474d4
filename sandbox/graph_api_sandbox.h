#pragma once

#include <QHttpServer>
#include <QHash>
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
    // Mark-as-read requests received, by wamid.
    const QStringList &readReceipts() const { return m_readReceipts; }

    // Media a simulated patient "uploaded": served by GET /{version}/{media-id}
    // and then by its download URL, both behind the bearer token.
    QString addMedia(const QByteArray &data, const QString &mimeType);

    // Faults for the next sends: Meta's answers when things go wrong.
    enum class SendFault { RateLimit, ExpiredToken };
    void injectSendFault(SendFault fault, int count);

    QHttpServer &http() { return m_http; }

signals:
    void messageAccepted(const QJsonObject &request, const QString &wamid);

private:
    QHttpServerResponse handleSend(const QString &version, const QString &phoneNumberId,
                                   const QHttpServerRequest &request);
    QHttpServerResponse handleMediaInfo(const QString &mediaId, const QHttpServerRequest &request);
    QHttpServerResponse handleMediaDownload(const QString &mediaId, const QHttpServerRequest &request);
    bool authorised(const QHttpServerRequest &request) const;

    struct Media
    {
        QByteArray data;
        QString mimeType;
    };

    Settings m_settings;
    QHttpServer m_http;
    QJsonArray m_sent;
    QStringList m_readReceipts;
    QHash<QString, Media> m_media;
    QHash<SendFault, int> m_faults;
    quint16 m_port = 0;
};

} // namespace cb::sandbox
