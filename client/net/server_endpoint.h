#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QSettings;
class QNetworkRequest;

namespace cb::client {

// Where the desktop's server is and which extra CA it trusts (a clinic's own CA
// or the demo's self-signed certificate). Plain http:// is accepted only for a
// loopback address, so a misconfigured workstation never talks in the clear.
class ServerEndpoint
{
public:
    static ServerEndpoint fromSettings(const QSettings &settings);
    static ServerEndpoint fromValues(const QString &url, const QString &caFile);
    static void save(QSettings &settings, const QString &url, const QString &caFile);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated
    QUrl baseUrl() const { return m_url; }
    QUrl resolve(const QString &path) const;
    // TLS settings with our CA added (for the event stream's WebSocket).
    QSslConfiguration tlsConfiguration() const;
    // wss:// (or ws:// on loopback) URL of the event stream.
    QUrl eventStreamUrl() const;
    // Adds our CA (if any) to a request's TLS configuration.
    void prepare(QNetworkRequest &request) const;

private:
    QUrl m_url;
    QList<QSslCertificate> m_extraCas;
    QString m_error;
};

} // namespace cb::client
