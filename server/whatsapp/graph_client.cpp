#include "server/whatsapp/graph_client.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace cb::server {

namespace {
constexpr int TimeoutMs = 20000;
}

GraphClient::GraphClient(const WhatsAppSettings &settings, const WhatsAppCredentials &credentials, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials)
{
}

QNetworkRequest GraphClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    QByteArray token = exposeSecret(m_credentials.accessToken());
    request.setRawHeader("Authorization", "Bearer " + token);
    wipe(token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void GraphClient::sendMessage(const QJsonObject &body, Done done)
{
    QUrl url = m_settings.graphUrl;
    url.setPath(QStringLiteral("/%1/%2/messages").arg(m_settings.apiVersion, m_settings.phoneNumberId));
    finish(m_network.post(request(url), QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void GraphClient::mediaInfo(const QString &mediaId, Done done)
{
    QUrl url = m_settings.graphUrl;
    url.setPath(QStringLiteral("/%1/%2").arg(m_settings.apiVersion, mediaId));
    finish(m_network.get(request(url)), std::move(done));
}

bool GraphClient::isMetaMediaUrl(const QUrl &url)
{
    if (!url.isValid() || !url.userInfo().isEmpty()) {
        return false;
    }
#ifdef CB_TEST_BUILD
    if (url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback()) {
        return true;
    }
#endif
    const QString host = url.host().toLower();
    const bool meta = host == QLatin1String("lookaside.fbsbx.com") || host.endsWith(QLatin1String(".fbsbx.com"));
    return url.scheme() == QLatin1String("https") && meta && (url.port() == -1 || url.port() == 443);
}

void GraphClient::download(const QUrl &url, qint64 maxBytes, Done done)
{
    // Media URLs come from the API's answer: the token goes to Meta's hosts only.
    if (!isMetaMediaUrl(url)) {
        done({0, {}, {}, QStringLiteral("media URL is not Meta's")});
        return;
    }
    QNetworkReply *reply = m_network.get(request(url));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    finish(reply, std::move(done));
}

void GraphClient::finish(QNetworkReply *reply, Done done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        GraphReply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        if (reply->property("tooLarge").toBool()) {
            result.networkError = QStringLiteral("too_large");
        } else if (result.httpStatus == 0) {
            result.networkError = reply->errorString();
        }
        done(result);
    });
}

} // namespace cb::server
