#include "client/net/server_endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSettings>
#include <QSslConfiguration>

namespace cb::client {

namespace {
const QString UrlKey = QStringLiteral("server/url");
const QString CaKey = QStringLiteral("server/ca_file");

QString tr(const char *text)
{
    return QCoreApplication::translate("cb::client::ServerEndpoint", text);
}

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ServerEndpoint ServerEndpoint::fromSettings(const QSettings &settings)
{
    return fromValues(settings.value(UrlKey).toString(), settings.value(CaKey).toString());
}

void ServerEndpoint::save(QSettings &settings, const QString &url, const QString &caFile)
{
    settings.setValue(UrlKey, url);
    settings.setValue(CaKey, caFile);
}

ServerEndpoint ServerEndpoint::fromValues(const QString &url, const QString &caFile)
{
    ServerEndpoint endpoint;
    if (url.trimmed().isEmpty()) {
        endpoint.m_error = tr("No Carebridge server is configured for this workstation.");
        return endpoint;
    }
    endpoint.m_url = QUrl(url.trimmed(), QUrl::StrictMode);
    const QString scheme = endpoint.m_url.scheme();
    if (!endpoint.m_url.isValid() || endpoint.m_url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        endpoint.m_error = tr("The server address is not a valid https:// address.");
        return endpoint;
    }
    if (scheme == QLatin1String("http") && !isLoopback(endpoint.m_url.host())) {
        endpoint.m_error = tr("The server address must use https:// (plain http is allowed only "
                              "on this computer's loopback address).");
        return endpoint;
    }
    if (!caFile.isEmpty()) {
        endpoint.m_extraCas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (endpoint.m_extraCas.isEmpty()) {
            endpoint.m_error = tr("The server certificate file could not be read.");
        }
    }
    return endpoint;
}

QUrl ServerEndpoint::resolve(const QString &path) const
{
    QUrl url = m_url;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    // "/api/v1/inbox?offset=500": the query is a query, not part of the path.
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(base + path.left(question < 0 ? path.size() : question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    return url;
}

void ServerEndpoint::prepare(QNetworkRequest &request) const
{
    if (m_extraCas.isEmpty()) {
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = tls.caCertificates();
    cas.append(m_extraCas);
    tls.setCaCertificates(cas);
    request.setSslConfiguration(tls);
}

} // namespace cb::client

namespace cb::client {

QSslConfiguration ServerEndpoint::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty()) {
        tls.addCaCertificates(m_extraCas);
    }
    return tls;
}

QUrl ServerEndpoint::eventStreamUrl() const
{
    QUrl url = resolve(QStringLiteral("/api/v1/events"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

} // namespace cb::client
