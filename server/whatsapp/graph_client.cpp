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

void GraphClient::download(const QUrl &url, qint64 maxBytes, Done done)
{
    // Media URLs come from the API's answer; never follow one to plain http
    // off this machine, where the bearer token would travel in the clear.
    const bool loopback = QHostAddress(url.host()).isLoopback();
    if (url.scheme() != QLatin1String("https") && !loopback) {
        done({0, {}, {}, QStringLiteral("media URL is not https")});
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
