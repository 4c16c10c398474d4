#include "tests/support/event_stream_client.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QtTest>

namespace cb::test {

EventStreamClient::~EventStreamClient()
{
    m_socket.abort();
}

bool EventStreamClient::open(const QUrl &serverBase, const QString &token, const QString &deviceId, qint64 after)
{
    QUrl url = serverBase;
    url.setScheme(serverBase.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QObject::connect(&m_socket, &QWebSocket::connected, [this, token, deviceId, after] {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                                             {QStringLiteral("token"), token},
                                                                             {QStringLiteral("device"), deviceId},
                                                                             {QStringLiteral("after"), after}})
                                                       .toJson(QJsonDocument::Compact)));
    });
    m_socket.open(url);
    return !waitFor([](const QJsonObject &message) { return message.value(QStringLiteral("type")) == QLatin1String("ready"); })
                .isEmpty();
}

QJsonObject EventStreamClient::waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype checked = 0;
    while (true) {
        for (; checked < m_received.size(); ++checked) {
            if (match(m_received[checked])) {
                return m_received[checked];
            }
        }
        if (deadline.hasExpired() || m_socket.state() == QAbstractSocket::UnconnectedState) {
            // One last look at what arrived with the close.
            for (; checked < m_received.size(); ++checked) {
                if (match(m_received[checked])) {
                    return m_received[checked];
                }
            }
            return {};
        }
        QTest::qWait(5);
    }
}

QList<QJsonObject> EventStreamClient::events() const
{
    QList<QJsonObject> events;
    for (const QJsonObject &message : m_received) {
        if (message.value(QStringLiteral("type")) == QLatin1String("event")) {
            events.append(message);
        }
    }
    return events;
}

} // namespace cb::test
