#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/policy/role.h"
#include "server/http/stream_peer.h"
#include "server/inbox/minimum_necessary.h"
#include "server/inbox/presence_relay.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

namespace cb::server {

class ServerContext;
struct Event;

// The live event stream at /api/v1/events (WebSocket). The desktop's first
// message authenticates: {"type":"hello","token":…,"device":…,"after":N}; the
// token never travels in the URL. The hub then replays the stored events after
// N that the user's roles may see, one page at a time as the socket drains, then
// each new one as it commits, all with their sequence numbers, so a desktop that
// reconnects loses and duplicates nothing. A replay deeper than MaxReplayEvents,
// or reaching back further than MaxReplayAgeMs, is refused with "reset": the
// desktop reloads the snapshot instead (security review, finding 2). A session
// that ends is told at once and its sockets closed.
//
// Clients leave the table only in streamClosed(), which the edge delivers as its
// own event: nothing here erases from the table while walking it.
class EventHub : public QObject, public http::StreamListener
{
    Q_OBJECT
public:
    static constexpr int HelloTimeoutMs = 10000;
    // How often what each stream carried is written to the audit trail (and when it closes).
    static constexpr int DeliveryAuditMs = 60'000; // an unauthenticated stream holds a place this long at most
    static constexpr int PageSize = 500;
    static constexpr std::int64_t MaxReplayEvents = 20000;
    static constexpr int MaxStreamsPerSession = 4;
    static constexpr std::int64_t MaxReplayAgeMs = 7 * 24 * 3'600'000LL;

    // Whether a hello with `after` may replay: not ahead of the store, not more
    // than MaxReplayEvents behind, its first missed event not older than MaxReplayAgeMs.
    static bool replayAllowed(std::int64_t after, std::int64_t last, std::int64_t firstUnseenAtMs, std::int64_t nowMs);

    explicit EventHub(ServerContext &context, QObject *parent = nullptr);
    ~EventHub() override;

    int connectionCount() const { return int(m_clients.size()); }
    // Closes every stream (server stopping).
    void closeAll();

    void streamOpened(std::shared_ptr<http::StreamPeer> peer) override;
    void streamText(std::uint64_t id, const QByteArray &text) override;
    void streamDrained(std::uint64_t id) override;
    void streamClosed(std::uint64_t id) override;

private:
    struct Client
    {
        std::shared_ptr<http::StreamPeer> peer;
        bool authenticated = false;
        bool replaying = false;
        bool closing = false;
        crypto::SecretBytes token;
        QString sessionId;
        std::int64_t userId = 0;
        QList<policy::Role> roles;
        // Minimum necessary, decided once at authentication: whether portal messages
        // arrive without their words, and how they are cut.
        MinimumNecessary reader{false, {}};
        std::int64_t lastSentSeq = 0;
        // Conversations whose events this stream carried since its last
        // stream.delivered audit event (a read of each patient's data).
        QSet<std::int64_t> delivered;
    };

    void authenticate(Client &client, const QJsonObject &hello);
    void replayPage(Client &client);
    void pushNew();
    // Sends what the client may see; returns how many messages went out.
    int sendEvents(Client &client, const QList<Event> &events);
    bool mayReceive(const Client &client, const QString &audience) const;
    void endSession(const QString &sessionId, const QString &reason);
    void lockSession(const QString &sessionId);
    // Writes what the stream carried as one audit event, then starts afresh.
    void auditDeliveries(Client &client);
    void recheckSessions();
    void sendEnded(Client &client, const QString &reason);
    void closeClient(Client &client, std::uint16_t code, const char *reason);
    Client *find(std::uint64_t id);
    // The presence relay's way out: every other reader's stream.
    void broadcastPresence(std::uint64_t exceptStream, std::int64_t exceptUser, const QByteArray &message);

    ServerContext &m_context;
    std::map<std::uint64_t, Client> m_clients;
    QTimer m_recheck;
    QTimer m_deliveryAudit;
    PresenceRelay m_presence;
};

} // namespace cb::server
