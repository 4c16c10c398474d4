#include "sandbox/burst_sender.h"

#include "sandbox/webhook_poster.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <random>

namespace cb::sandbox {

BurstSender::BurstSender(const WebhookPoster &poster, const WebhookBuilder &builder, Plan plan, QObject *parent)
    : QObject(parent), m_poster(poster), m_plan(std::move(plan))
{
    std::mt19937 random(m_plan.seed);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int next = 0; next < m_plan.messages;) {
        const int size = std::min(m_plan.messages - next, int(random() % quint32(std::max(1, m_plan.maxBatch))) + 1);
        QList<QJsonObject> values;
        for (int i = 0; i < size; ++i, ++next) {
            const int patient = next % std::max(1, m_plan.patients);
            const WebhookBuilder::Patient who{QStringLiteral("1555900%1").arg(patient, 4, 10, QLatin1Char('0')),
                                              QStringLiteral("Load Patient %1").arg(patient), {}};
            const QString wamid = QStringLiteral("wamid.%1.%2").arg(m_plan.prefix).arg(next);
            values << builder.messagesValue(who, {WebhookBuilder::textMessage(who.waId, wamid, now, QStringLiteral("message %1").arg(next))});
        }
        const QByteArray body = QJsonDocument(builder.delivery(values)).toJson(QJsonDocument::Compact);
        m_bodies << body;
        if (int(random() % 100) < m_plan.duplicatePercent) {
            m_bodies << body; // Meta delivers at least once
        }
    }
    std::shuffle(m_bodies.begin(), m_bodies.end(), random);
    for (int i = 0; i < m_bodies.size(); ++i) {
        m_queue.enqueue(i);
    }
    m_clock.start();
    QTimer::singleShot(0, this, &BurstSender::pump);
}

QJsonObject BurstSender::progress() const
{
    return {{QStringLiteral("deliveries"), int(m_bodies.size())}, {QStringLiteral("delivered"), m_delivered},
            {QStringLiteral("attempts"), m_attempts},             {QStringLiteral("retries"), m_retries},
            {QStringLiteral("done"), m_delivered == m_bodies.size()}, {QStringLiteral("elapsed_ms"), m_clock.elapsed()}};
}

void BurstSender::pump()
{
    while (m_inFlight < m_plan.concurrency && !m_queue.isEmpty() && m_clock.elapsed() < m_plan.deadlineSeconds * 1000LL) {
        send(m_queue.dequeue(), 0);
    }
}

void BurstSender::send(int index, int attempt)
{
    ++m_inFlight;
    ++m_attempts;
    QNetworkRequest request = m_poster.request(m_bodies[index]);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.post(request, m_bodies[index]);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, attempt] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            ++m_delivered;
            pump();
            return;
        }
        // Meta retries with back-off; compressed here to 100 ms doubling up to 2 s.
        ++m_retries;
        QTimer::singleShot(std::min(100 << std::min(attempt, 5), 2000), this, [this, index, attempt] {
            if (m_clock.elapsed() < m_plan.deadlineSeconds * 1000LL) {
                send(index, attempt + 1);
            }
        });
        pump();
    });
}

} // namespace cb::sandbox
