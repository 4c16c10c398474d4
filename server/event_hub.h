#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/policy/role.h"

#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace cb::server {

class ServerContext;
struct Event;

// The live event stream at /api/v1/events (WebSocket). The desktop's first
// message authenticates: {"type":"hello","token":…,"device":…,"after":N}; the
// token never travels in the URL. The hub then sends every stored event after
// N that the user's roles may see, then each new one as it commits, all with
// their sequence numbers, so a desktop that reconnects loses and duplicates
// nothing. A session that ends is told at once and its socket closed.
class EventHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int HelloTimeoutMs = 10000;
    static constexpr int RecheckIntervalMs = 30000;

    EventHub(ServerContext &context, QHttpServer &http, QObject *parent = nullptr);
    ~EventHub() override;

    int connectionCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        bool authenticated = false;
        crypto::SecretBytes token;
        QString sessionId;
        QList<policy::Role> roles;
        std::int64_t lastSentSeq = 0;
    };

    void accept();
    void onText(QWebSocket *socket, const QString &text);
    void authenticate(Client &client, const QJsonObject &hello);
    void pushNew();
    void sendEvents(Client &client, const QList<Event> &events);
    bool mayReceive(const Client &client, const QString &audience) const;
    void endSession(const QString &sessionId, const QString &reason);
    void recheckSessions();
    void closeEnded(const QList<QWebSocket *> &sockets, const QString &reason);
    void drop(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason);
    Client *find(QWebSocket *socket);

    ServerContext &m_context;
    std::vector<std::unique_ptr<Client>> m_clients;
    QTimer m_recheck;
};

} // namespace cb::server
