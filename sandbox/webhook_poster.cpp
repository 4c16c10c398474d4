#include "sandbox/webhook_poster.h"

#include "core/whatsapp/webhook_signature.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace cb::sandbox {

WebhookPoster::WebhookPoster(QUrl webhookUrl, QByteArray appSecret, QObject *parent)
    : QObject(parent), m_url(std::move(webhookUrl)), m_appSecret(std::move(appSecret))
{
}

void WebhookPoster::post(const QJsonObject &body)
{
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_queue.enqueue({raw, whatsapp::signatureHeader(m_appSecret, raw), 0, true});
    sendNext();
}

void WebhookPoster::postRaw(const QByteArray &body, const QByteArray &signature)
{
    m_queue.enqueue({body, signature, 0, false});
    sendNext();
}

bool WebhookPoster::addCaFile(const QString &path)
{
    const auto certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    m_extraCas.append(certificates);
    return !certificates.isEmpty();
}

QNetworkRequest WebhookPoster::request(const QByteArray &body) const
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", whatsapp::signatureHeader(m_appSecret, body));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

void WebhookPoster::sendNext()
{
    if (m_busy || m_queue.isEmpty() || !m_url.isValid()) {
        return;
    }
    m_busy = true;
    QNetworkRequest request = this->request(m_queue.head().body);
    request.setRawHeader("X-Hub-Signature-256", m_queue.head().signature); // forged ones keep theirs
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.post(request, m_queue.head().body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_busy = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Delivery &head = m_queue.head();
        if (status == 200 || !head.retry || ++head.attempts >= 10) {
            m_queue.dequeue();
            ++m_delivered;
            emit deliveredOne(status);
            sendNext();
        } else {
            // Meta retries failed deliveries with decreasing frequency.
            QTimer::singleShot(std::min(200 << head.attempts, 30000), this, &WebhookPoster::sendNext);
        }
    });
}

} // namespace cb::sandbox
