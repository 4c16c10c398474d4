#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace cb::test {

struct HttpResult
{
    int status = 0; // 0 = no HTTP answer (connection or TLS failure)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// Synchronous request helpers for tests (they spin the event loop while waiting).
// `caFile` adds a PEM certificate to the trusted CAs for this request.
HttpResult httpGet(const QUrl &url, const QString &caFile = {});
HttpResult httpPost(const QUrl &url, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &caFile = {});
// Any method (GET, POST, DELETE …) with a JSON body and extra headers.
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &caFile = {});

} // namespace cb::test
