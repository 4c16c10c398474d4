#include "tests/support/http_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace cb::test {

namespace {
HttpResult perform(QNetworkRequest request, const QString &caFile,
                   const std::function<QNetworkReply *(QNetworkAccessManager &, const QNetworkRequest &)> &send)
{
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(tls.caCertificates() + QSslCertificate::fromPath(caFile));
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(10000);
    QNetworkAccessManager network;
    QNetworkReply *reply = send(network, request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
} // namespace

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

HttpResult httpGet(const QUrl &url, const QString &caFile)
{
    return perform(QNetworkRequest(url), caFile,
                   [](QNetworkAccessManager &network, const QNetworkRequest &request) { return network.get(request); });
}

HttpResult httpPost(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QString &caFile)
{
    return httpRequest("POST", url, body, headers, caFile);
}

HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QString &caFile)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    return perform(request, caFile, [&method, &body](QNetworkAccessManager &network, const QNetworkRequest &prepared) {
        return network.sendCustomRequest(prepared, method, body);
    });
}

} // namespace cb::test
