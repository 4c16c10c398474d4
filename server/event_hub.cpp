#include "server/event_hub.h"
#include "core/api/json_text.h"

#include "core/api/inbox_dto.h"
#include "core/log/logging.h"
#include "core/policy/permissions.h"
#include "server/event_log.h"
#include "server/server_context.h"
#include "server/whatsapp_credentials.h"

#include <QJsonDocument>

namespace cb::server {

namespace {
constexpr int PageSize = 1000;

} // namespace

EventHub::EventHub(ServerContext &context, QHttpServer &http, QObject *parent)
    : QObject(parent), m_context(context)
{
    // Qt 6.4 upgrades a WebSocket only on a path whose route claims the request
    // and writes nothing back; the responder form of route() allows exactly that.
    http.route(QStringLiteral("/api/v1/events"), QHttpServerRequest::Method::Get,
               [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0) {
                       responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("upgrade_required")},
                                                                              {QStringLiteral("message"), QStringLiteral("open this endpoint as a WebSocket")}}}}),
                                       QHttpServerResponder::StatusCode::UpgradeRequired);
                   }
               });
    connect(&http, &QHttpServer::newWebSocketConnection, this, [this, &http] {
        while (http.hasPendingWebSocketConnections()) {
            auto socket = http.nextPendingWebSocketConnection();
            auto client = std::make_unique<Client>();
            client->socket = std::move(socket);
            m_clients.push_back(std::move(client));
            accept();
        }
    });
    connect(&context.changes(), &ChangeFeed::committed, this, &EventHub::pushNew);
    context.sessions().setEndedListener(
        [this](const QString &sessionId, const QString &reason) { endSession(sessionId, reason); });
    m_recheck.setInterval(RecheckIntervalMs);
    connect(&m_recheck, &QTimer::timeout, this, &EventHub::recheckSessions);
    m_recheck.start();
}

EventHub::~EventHub()
{
    m_context.sessions().setEndedListener({});
}

EventHub::Client *EventHub::find(QWebSocket *socket)
{
    for (auto &client : m_clients) {
        if (client->socket.get() == socket) {
            return client.get();
        }
    }
    return nullptr;
}

void EventHub::accept()
{
    QWebSocket *socket = m_clients.back()->socket.get();
    if (socket->requestUrl().path() != QLatin1String("/api/v1/events")) {
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not_found"));
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &QWebSocket::disconnected, this,
            [this, socket] { drop(socket, QWebSocketProtocol::CloseCodeNormal, {}); });
    QTimer::singleShot(HelloTimeoutMs, socket, [this, socket] {
        if (Client *client = find(socket); client && !client->authenticated) {
            drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
        }
    });
}

void EventHub::onText(QWebSocket *socket, const QString &text)
{
    Client *client = find(socket);
    if (!client) {
        return;
    }
    const QJsonObject message = api::parseJsonObject(text);
    if (!client->authenticated && message.value(QStringLiteral("type")).toString() == QLatin1String("hello")) {
        authenticate(*client, message);
    } else if (!client->authenticated) {
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
    }
    // Authenticated clients have nothing to say: changes go through REST.
}

void EventHub::authenticate(Client &client, const QJsonObject &hello)
{
    QByteArray token = hello.value(QStringLiteral("token")).toString().toUtf8();
    const auto lookup = m_context.sessions().authenticate(token, false);
    const auto user = lookup.status == SessionRegistry::Status::Valid ? m_context.staff().findById(lookup.session.userId)
                                                                     : std::nullopt;
    QWebSocket *socket = client.socket.get();
    if (!user || !user->active || hello.value(QStringLiteral("device")).toString() != lookup.session.deviceId) {
        wipe(token);
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
        return;
    }
    client.token = crypto::SecretBytes::takeFrom(token);
    client.authenticated = true;
    client.sessionId = lookup.session.id;
    client.roles = user->roles;
    const std::int64_t last = m_context.events().lastSeq();
    client.lastSentSeq = hello.value(QStringLiteral("after")).toInteger();
    if (client.lastSentSeq > last) {
        // The desktop knows of events this store never had (restored from an
        // older backup): it must start again from a snapshot.
        socket->sendTextMessage(api::compactJson({{QStringLiteral("type"), QStringLiteral("reset")}}));
        client.lastSentSeq = 0;
    }
    for (QList<Event> page = m_context.events().after(client.lastSentSeq, PageSize); !page.isEmpty();
         page = m_context.events().after(client.lastSentSeq, PageSize)) {
        sendEvents(client, page);
    }
    socket->sendTextMessage(api::compactJson({{QStringLiteral("type"), QStringLiteral("ready")},
                                     {QStringLiteral("last_seq"), qint64(client.lastSentSeq)}}));
}

bool EventHub::mayReceive(const Client &client, const QString &audience) const
{
    if (audience == audience::All) {
        return true;
    }
    if (audience == audience::Inbox) {
        return policy::rolesAllow(client.roles, policy::Permission::ReadConversations);
    }
    if (audience == audience::Admins) {
        return policy::rolesAllow(client.roles, policy::Permission::ManageStaff);
    }
    return false;
}

void EventHub::sendEvents(Client &client, const QList<Event> &events)
{
    for (const Event &event : events) {
        if (event.seq <= client.lastSentSeq) {
            continue;
        }
        if (mayReceive(client, event.audience)) {
            QJsonObject message = event.toJson();
            message.insert(QStringLiteral("type"), QStringLiteral("event"));
            client.socket->sendTextMessage(api::compactJson(message));
        }
        // Events for other audiences still advance the cursor: the desktop
        // resumes after the last sequence number it was offered.
        client.lastSentSeq = event.seq;
    }
}

void EventHub::pushNew()
{
    std::int64_t from = -1;
    for (const auto &client : m_clients) {
        if (client->authenticated && (from < 0 || client->lastSentSeq < from)) {
            from = client->lastSentSeq;
        }
    }
    if (from < 0) {
        return;
    }
    for (QList<Event> page = m_context.events().after(from, PageSize); !page.isEmpty();
         page = m_context.events().after(from, PageSize)) {
        for (auto &client : m_clients) {
            if (client->authenticated) {
                sendEvents(*client, page);
            }
        }
        from = page.last().seq;
    }
}

void EventHub::endSession(const QString &sessionId, const QString &reason)
{
    QList<QWebSocket *> ended;
    for (auto &client : m_clients) {
        if (client->authenticated && client->sessionId == sessionId) {
            ended << client->socket.get();
        }
    }
    closeEnded(ended, reason);
}

// Idle and absolute timeouts end sessions without anyone calling end(): look.
void EventHub::recheckSessions()
{
    QList<QWebSocket *> expired;
    for (auto &client : m_clients) {
        if (!client->authenticated) {
            continue;
        }
        QByteArray token = exposeSecret(client->token);
        const bool valid = m_context.sessions().authenticate(token, false).status == SessionRegistry::Status::Valid;
        wipe(token);
        if (!valid) {
            expired << client->socket.get();
        }
        client->socket->ping();
    }
    closeEnded(expired, QStringLiteral("expired"));
}

// Tells each desktop why its session ended, then closes its socket.
void EventHub::closeEnded(const QList<QWebSocket *> &sockets, const QString &reason)
{
    for (QWebSocket *socket : sockets) {
        socket->sendTextMessage(api::compactJson({{QStringLiteral("type"), QLatin1String(api::event::SessionEnded)},
                                                  {QStringLiteral("reason"), reason}}));
        drop(socket, QWebSocketProtocol::CloseCodeNormal, QStringLiteral("session_ended"));
    }
}

void EventHub::drop(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if ((*it)->socket.get() == socket) {
            QWebSocket *released = (*it)->socket.release();
            m_clients.erase(it);
            released->disconnect(this);
            if (released->state() == QAbstractSocket::ConnectedState) {
                released->close(code, reason);
            }
            released->deleteLater();
            return;
        }
    }
}

} // namespace cb::server
