#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QUrl>

namespace cb::sandbox {

// Delivers webhooks the way Meta does: signed with the app secret
// (X-Hub-Signature-256), one at a time, retried with back-off until the server
// answers 200 (at-least-once).
class WebhookPoster : public QObject
{
    Q_OBJECT
public:
    WebhookPoster(QUrl webhookUrl, QByteArray appSecret, QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; sendNext(); }
    // Trust this PEM certificate too (a server with the clinic's or the demo's own CA).
    bool addCaFile(const QString &path);
    void post(const QJsonObject &body);
    // Posts exactly these bytes with this signature header (forgery tests).
    void postRaw(const QByteArray &body, const QByteArray &signature);
    int pending() const { return int(m_queue.size()); }
    // A signed POST of `body` to the webhook, trusting the extra CAs.
    QNetworkRequest request(const QByteArray &body) const;
    int delivered() const { return m_delivered; }

signals:
    void deliveredOne(int httpStatus);

private:
    struct Delivery
    {
        QByteArray body;
        QByteArray signature;
        int attempts = 0;
        bool retry = true;
    };
    void sendNext();

    QUrl m_url;
    QList<QSslCertificate> m_extraCas;
    QByteArray m_appSecret;
    QNetworkAccessManager m_network;
    QQueue<Delivery> m_queue;
    bool m_busy = false;
    int m_delivered = 0;
};

} // namespace cb::sandbox
