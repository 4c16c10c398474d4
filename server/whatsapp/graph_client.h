#pragma once

#include "server/config/server_config.h"
#include "server/whatsapp/whatsapp_credentials.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace cb::server {

// What came back from the Graph API (or the sandbox).
struct GraphReply
{
    int httpStatus = 0;     // 0: no HTTP answer at all (network error, timeout)
    QJsonObject json;       // parsed body when it is JSON
    QByteArray raw;         // the body as received (media downloads)
    QString networkError;
};

// Calls to the WhatsApp Cloud API, bearer token in the header. Pointing it at
// graph.facebook.com or the sandbox is configuration only.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const GraphReply &)>;

    GraphClient(const WhatsAppSettings &settings, const WhatsAppCredentials &credentials, QObject *parent = nullptr);

    // POST /{version}/{phone-number-id}/messages
    void sendMessage(const QJsonObject &body, Done done);
    // GET /{version}/{media-id}: the short-lived download URL and its metadata.
    void mediaInfo(const QString &mediaId, Done done);
    // GET the media URL itself, refusing bodies over `maxBytes`.
    void download(const QUrl &url, qint64 maxBytes, Done done);
    // Whether the bearer token may go to this media URL: https to Meta's media
    // hosts only (lookaside.fbsbx.com and other *.fbsbx.com). A build made with
    // CB_TEST_BUILD also allows http to loopback, for the sandbox (finding 5).
    static bool isMetaMediaUrl(const QUrl &url);

private:
    QNetworkRequest request(const QUrl &url) const;
    void finish(QNetworkReply *reply, Done done);

    const WhatsAppSettings &m_settings;
    const WhatsAppCredentials &m_credentials;
    QNetworkAccessManager m_network;
};

} // namespace cb::server
