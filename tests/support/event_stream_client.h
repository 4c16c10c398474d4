#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace cb::test {

// A raw WebSocket on /api/v1/events, as a desktop opens it: the first message
// is the hello with the token. Collects every message the server sends.
class EventStreamClient
{
public:
    ~EventStreamClient();
    // Connects, says hello with `after`, and waits for "ready" (or a close).
    bool open(const QUrl &serverBase, const QString &token, const QString &deviceId, qint64 after = 0);
    // Waits until a received message satisfies `match`; returns it (empty on timeout).
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 5000);
    const QList<QJsonObject> &received() const { return m_received; }
    QList<QJsonObject> events() const; // only {"type":"event"}
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
};

} // namespace cb::test
