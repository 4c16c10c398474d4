#include "client/net/event_stream.h"
#include "core/api/json_text.h"

#include "client/net/server_connection.h"
#include "core/log/logging.h"

#include <QJsonDocument>

namespace cb::client {

EventStream::EventStream(ServerConnection &connection, CursorSource cursor, QObject *parent)
    : QObject(parent), m_connection(connection), m_cursor(std::move(cursor))
{
    m_socket.setSslConfiguration(connection.endpoint().tlsConfiguration());
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_socket, &QWebSocket::connected, this,
            [this] { m_socket.sendTextMessage(m_connection.eventStreamHello(m_cursor())); });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
}

EventStream::~EventStream()
{
    m_running = false;
    m_socket.abort();
}

void EventStream::start()
{
    m_running = true;
    m_failures = 0;
    connectNow();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_socket.abort();
    setLive(false);
}

void EventStream::connectNow()
{
    if (m_running && m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_socket.open(m_connection.endpoint().eventStreamUrl());
    }
}

void EventStream::onMessage(const QString &text)
{
    const QJsonObject message = api::parseJsonObject(text);
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("event")) {
        emit eventReceived(message.value(QStringLiteral("seq")).toInteger(), message.value(QStringLiteral("kind")).toString(),
                           message.value(QStringLiteral("payload")).toObject());
    } else if (type == QLatin1String("presence")) {
        emit presenceReceived(message);
    } else if (type == QLatin1String("ready")) {
        m_failures = 0;
        if (!m_presence.isEmpty()) {
            m_socket.sendTextMessage(api::compactJson(m_presence));
        }
        setLive(true);
    } else if (type == QLatin1String("reset")) {
        emit resetRequested();
    } else if (type == QLatin1String("session.ended")) {
        m_running = false;
        emit sessionEnded(message.value(QStringLiteral("reason")).toString());
    }
}

void EventStream::sendPresence(qint64 conversationId, const QString &state)
{
    m_presence = {{QStringLiteral("type"), QStringLiteral("presence")},
                  {QStringLiteral("conversation"), conversationId},
                  {QStringLiteral("state"), state}};
    if (m_live) {
        m_socket.sendTextMessage(api::compactJson(m_presence));
    }
}

void EventStream::onDisconnected()
{
    setLive(false);
    if (!m_running) {
        return;
    }
    // 0.5 s, 1 s, 2 s … up to 30 s: a restarting server is back quickly, a
    // dead network is not hammered.
    const int delay = std::min(500 << std::min(m_failures, 6), 30000);
    ++m_failures;
    log::logger("net")->info("event stream closed; reconnecting in {} ms", delay);
    m_reconnect.start(delay);
}

void EventStream::setLive(bool live)
{
    if (m_live != live) {
        m_live = live;
        emit liveChanged(live);
    }
}

} // namespace cb::client
