#pragma once

#include "sandbox/webhook_builder.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>

namespace cb::sandbox {

class WebhookPoster;

// A load of patient messages delivered the way Meta does under stress: batched
// (several patients in one delivery), some deliveries sent twice, out of order,
// several at once, and every one retried until the server answers 2xx (a non-2xx
// or a timeout means retry). Crash tests and benchmarks use it. Bounded: it stops
// by itself at its deadline.
class BurstSender : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        int messages = 10000;
        int patients = 50;
        int maxBatch = 5;          // messages in one delivery: 1 to maxBatch
        int duplicatePercent = 10; // deliveries sent a second time
        int concurrency = 8;       // deliveries in flight at once
        quint32 seed = 1;
        QString prefix = QStringLiteral("burst");
        int deadlineSeconds = 300;
    };

    BurstSender(const WebhookPoster &poster, const WebhookBuilder &builder, Plan plan, QObject *parent = nullptr);

    // deliveries, delivered, attempts, retries, done, elapsed_ms
    QJsonObject progress() const;

private:
    void pump();
    void send(int index, int attempt);

    const WebhookPoster &m_poster;
    Plan m_plan;
    QList<QByteArray> m_bodies;
    QQueue<int> m_queue;
    QNetworkAccessManager m_network;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_delivered = 0;
    int m_attempts = 0;
    int m_retries = 0;
};

} // namespace cb::sandbox
