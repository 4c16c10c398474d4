#include "server/inbox/event_hub.h"

#include "core/api/inbox_dto.h"
#include "core/api/json_text.h"
#include "core/log/logging.h"
#include "core/policy/permissions.h"
#include "server/inbox/event_log.h"
#include "server/inbox/minimum_necessary.h"
#include "server/server_context.h"

#include <QJsonArray>

#include <algorithm>

namespace cb::server {

namespace {
constexpr std::uint16_t CloseNormal = 1000;
constexpr std::uint16_t CloseGoingAway = 1001;
constexpr std::uint16_t ClosePolicy = 1008;

QByteArray message(const QJsonObject &object)
{
    return api::compactJson(object).toUtf8();
}
} // namespace

EventHub::EventHub(ServerContext &context, QObject *parent)
    : QObject(parent), m_context(context),
      m_presence([this](std::uint64_t stream, std::int64_t user, const QByteArray &text) { broadcastPresence(stream, user, text); },
                 [&context](std::int64_t id) { return context.inbox().conversation(id).has_value(); })
{
    connect(&context.changes(), &ChangeFeed::committed, this, &EventHub::pushNew);
    context.sessions().setEndedListener(
        [this](const QString &sessionId, const QString &reason) { endSession(sessionId, reason); });
    context.sessions().setLockedListener([this](const QString &sessionId) { lockSession(sessionId); });
    m_recheck.setInterval(int(context.config().sessionRecheckSeconds * 1000));
    connect(&m_recheck, &QTimer::timeout, this, &EventHub::recheckSessions);
    m_recheck.start();
    m_deliveryAudit.setInterval(DeliveryAuditMs);
    connect(&m_deliveryAudit, &QTimer::timeout, this, [this] {
        for (auto &[id, client] : m_clients) {
            auditDeliveries(client);
        }
    });
    m_deliveryAudit.start();
}

// Every patient a stream showed is a read: one audit event a minute per stream
// (and one when it closes) lists the conversations it carried, as the inbox
// snapshot pages list theirs, so "who accessed this patient?" finds it.
void EventHub::auditDeliveries(Client &client)
{
    if (client.delivered.isEmpty()) {
        return;
    }
    QList<std::int64_t> ids(client.delivered.begin(), client.delivered.end());
    std::sort(ids.begin(), ids.end());
    QJsonArray conversations;
    for (const std::int64_t id : ids) {
        conversations.append(qint64(id));
    }
    client.delivered.clear();
    m_context.record(QStringLiteral("staff:%1").arg(client.userId), QStringLiteral("stream.delivered"),
                     QStringLiteral("session:") + client.sessionId,
                     {{QStringLiteral("count"), conversations.size()}, {QStringLiteral("conversations"), conversations}});
}

bool EventHub::replayAllowed(std::int64_t after, std::int64_t last, std::int64_t firstUnseenAtMs, std::int64_t nowMs)
{
    return after >= 0 && after <= last && last - after <= MaxReplayEvents && nowMs - firstUnseenAtMs <= MaxReplayAgeMs;
}

EventHub::~EventHub()
{
    m_context.sessions().setEndedListener({});
    m_context.sessions().setLockedListener({});
}

EventHub::Client *EventHub::find(std::uint64_t id)
{
    const auto found = m_clients.find(id);
    return found == m_clients.end() ? nullptr : &found->second;
}

void EventHub::streamOpened(std::shared_ptr<http::StreamPeer> peer)
{
    const std::uint64_t id = peer->id();
    m_clients[id].peer = std::move(peer);
    QTimer::singleShot(HelloTimeoutMs, this, [this, id] {
        if (Client *client = find(id); client && !client->authenticated) {
            closeClient(*client, ClosePolicy, "unauthenticated");
        }
    });
}

void EventHub::streamText(std::uint64_t id, const QByteArray &text)
{
    Client *client = find(id);
    if (!client || client->closing) {
        return;
    }
    const QJsonObject hello = api::parseJsonObject(QString::fromUtf8(text));
    const QString type = hello.value(QStringLiteral("type")).toString();
    if (!client->authenticated && type == QLatin1String("hello")) {
        authenticate(*client, hello);
    } else if (!client->authenticated) {
        closeClient(*client, ClosePolicy, "unauthenticated");
    } else if (type == QLatin1String("presence") && mayReceive(*client, audience::Inbox)) {
        m_presence.update(id, client->userId, hello);
    }
    // Nothing else is said on a stream: changes go through REST.
}

void EventHub::broadcastPresence(std::uint64_t exceptStream, std::int64_t exceptUser, const QByteArray &text)
{
    for (auto &[id, client] : m_clients) {
        if (id != exceptStream && client.authenticated && !client.closing && client.userId != exceptUser &&
            mayReceive(client, audience::Inbox)) {
            client.peer->sendText(text);
        }
    }
}

void EventHub::streamDrained(std::uint64_t id)
{
    if (Client *client = find(id); client && client->replaying && !client->closing) {
        replayPage(*client);
    }
}

void EventHub::streamClosed(std::uint64_t id)
{
    if (Client *client = find(id)) {
        auditDeliveries(*client);
    }
    m_presence.leave(id);
    m_clients.erase(id);
}

void EventHub::closeAll()
{
    for (auto &[id, client] : m_clients) {
        closeClient(client, CloseGoingAway, "server_stopping");
    }
}

void EventHub::closeClient(Client &client, std::uint16_t code, const char *reason)
{
    if (!client.closing) {
        client.closing = true;
        client.replaying = false;
        client.peer->close(code, QByteArray(reason));
        m_presence.leave(client.peer->id()); // a locked or ended workstation is not looking any more
    }
}

void EventHub::authenticate(Client &client, const QJsonObject &hello)
{
    QByteArray token = hello.value(QStringLiteral("token")).toString().toUtf8();
    const auto lookup = m_context.sessions().authenticate(token, false);
    const auto user = lookup.status == SessionRegistry::Status::Valid ? m_context.staff().findById(lookup.session.userId)
                                                                     : std::nullopt;
    if (!user || !user->active) {
        wipe(token);
        closeClient(client, ClosePolicy, "unauthenticated");
        return;
    }
    if (user->mustChangePassword) { // as on REST: nothing but their own account until they choose one
        wipe(token);
        closeClient(client, ClosePolicy, "password_change_required");
        return;
    }
    if (lookup.session.lockedAtMs != 0) { // as on REST: a locked workstation reads nothing
        wipe(token);
        closeClient(client, ClosePolicy, "session_locked");
        return;
    }
    if (hello.value(QStringLiteral("device")).toString() != lookup.session.deviceId) {
        // A token from another workstation is treated as stolen, as on REST (finding 10).
        wipe(token);
        m_context.sessions().end(lookup.session.id, QStringLiteral("device_mismatch"));
        m_context.record(QStringLiteral("staff:%1").arg(user->id), QStringLiteral("session.device_mismatch"),
                         QStringLiteral("session:") + lookup.session.id,
                         {{QStringLiteral("address"), client.peer->remoteAddress().toString()},
                          {QStringLiteral("channel"), QStringLiteral("stream")}});
        closeClient(client, ClosePolicy, "unauthenticated");
        return;
    }
    int sameSession = 0;
    for (const auto &[id, other] : m_clients) {
        sameSession += other.authenticated && !other.closing && other.sessionId == lookup.session.id ? 1 : 0;
    }
    if (sameSession >= MaxStreamsPerSession) {
        wipe(token);
        closeClient(client, ClosePolicy, "too_many_streams");
        return;
    }
    client.token = crypto::SecretBytes::takeFrom(token);
    client.authenticated = true;
    client.sessionId = lookup.session.id;
    client.userId = user->id;
    client.roles = user->roles;
    client.reader = MinimumNecessary(m_context.config().frontDeskPortalSummary, user->roles);
    const std::int64_t last = m_context.events().lastSeq();
    const std::int64_t after = hello.value(QStringLiteral("after")).toInteger();
    m_context.record(QStringLiteral("staff:%1").arg(user->id), QStringLiteral("stream.subscribe"),
                     QStringLiteral("session:") + lookup.session.id,
                     {{QStringLiteral("after"), qint64(after)}, {QStringLiteral("last_seq"), qint64(last)}});
    auto firstUnseen = m_context.store().database().prepare("SELECT at_ms FROM events WHERE seq > ? ORDER BY seq LIMIT 1");
    firstUnseen.bind(1, std::max<std::int64_t>(after, 0));
    const std::int64_t firstUnseenAtMs = firstUnseen.step() ? firstUnseen.columnInt64(0) : m_context.clock().nowMs();
    if (!replayAllowed(after, last, firstUnseenAtMs, m_context.clock().nowMs())) {
        // Either the desktop knows of events this store never had (restored from
        // an older backup), or it is so far behind that a snapshot is cheaper
        // than a replay: it must start again from a snapshot.
        client.peer->sendText(message({{QStringLiteral("type"), QStringLiteral("reset")}}));
        closeClient(client, CloseNormal, "snapshot_required");
        return;
    }
    client.lastSentSeq = after;
    if (mayReceive(client, audience::Inbox)) {
        for (const QByteArray &seat : m_presence.roster(client.userId)) {
            client.peer->sendText(seat);
        }
    }
    client.replaying = true;
    replayPage(client);
}

// One page of the backlog. The next page goes when the socket has drained, so
// a desktop that does not read never makes the server hold its whole history.
void EventHub::replayPage(Client &client)
{
    while (client.replaying) {
        const QList<Event> page = m_context.events().after(client.lastSentSeq, PageSize);
        const int sent = sendEvents(client, page);
        if (page.size() < PageSize) {
            client.replaying = false;
            client.peer->sendText(message({{QStringLiteral("type"), QStringLiteral("ready")},
                                           {QStringLiteral("last_seq"), qint64(client.lastSentSeq)}}));
            return;
        }
        if (sent > 0) {
            return; // streamDrained() asks for the next page
        }
    }
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
    if (audience == audience::person(client.userId)) {
        return policy::rolesAllow(client.roles, policy::Permission::ReadConversations);
    }
    return false;
}

int EventHub::sendEvents(Client &client, const QList<Event> &events)
{
    int sent = 0;
    for (const Event &event : events) {
        if (event.seq <= client.lastSentSeq) {
            continue;
        }
        if (mayReceive(client, event.audience)) {
            QJsonObject json = event.toJson();
            json.insert(QStringLiteral("type"), QStringLiteral("event"));
            if (client.reader.withholdsPortal()) {
                json.insert(QStringLiteral("payload"), client.reader.eventPayload(event.kind, event.payload));
            }
            client.peer->sendText(message(json));
            ++sent;
            // A message event names its conversation; a conversation event is one.
            const std::int64_t conversation = event.payload.contains(QStringLiteral("conversation_id"))
                                                  ? event.payload.value(QStringLiteral("conversation_id")).toInteger()
                                              : event.kind == QLatin1String(api::event::ConversationChanged)
                                                  ? event.payload.value(QStringLiteral("id")).toInteger()
                                                  : 0;
            if (conversation > 0 && event.audience == audience::Inbox) {
                client.delivered.insert(conversation);
            }
        }
        // Events for other audiences still advance the cursor: the desktop
        // resumes after the last sequence number it was offered.
        client.lastSentSeq = event.seq;
    }
    return sent;
}

void EventHub::pushNew()
{
    std::int64_t from = -1;
    for (const auto &[id, client] : m_clients) {
        if (client.authenticated && !client.replaying && !client.closing && (from < 0 || client.lastSentSeq < from)) {
            from = client.lastSentSeq;
        }
    }
    if (from < 0) {
        return;
    }
    for (QList<Event> page = m_context.events().after(from, PageSize); !page.isEmpty();
         page = m_context.events().after(from, PageSize)) {
        for (auto &[id, client] : m_clients) {
            if (client.authenticated && !client.replaying && !client.closing) {
                sendEvents(client, page);
            }
        }
        from = page.last().seq;
    }
}

void EventHub::endSession(const QString &sessionId, const QString &reason)
{
    for (auto &[id, client] : m_clients) {
        if (client.authenticated && client.sessionId == sessionId) {
            sendEnded(client, reason);
        }
    }
}

// A locked workstation reads nothing until it is unlocked: its streams close
// (the session goes on; the desktop opens a new stream after unlocking).
void EventHub::lockSession(const QString &sessionId)
{
    for (auto &[id, client] : m_clients) {
        if (client.authenticated && client.sessionId == sessionId) {
            closeClient(client, ClosePolicy, "session_locked");
        }
    }
}

// Idle and absolute timeouts end sessions without anyone calling end(): look.
// authenticate() may end a session, which calls endSession() from inside this
// walk; that only marks and closes clients, it never erases one.
void EventHub::recheckSessions()
{
    for (auto &[id, client] : m_clients) {
        if (!client.authenticated || client.closing) {
            continue;
        }
        QByteArray token = exposeSecret(client.token);
        const bool valid = m_context.sessions().authenticate(token, false).status == SessionRegistry::Status::Valid;
        wipe(token);
        if (!valid) {
            sendEnded(client, QStringLiteral("expired"));
        }
    }
}

// Tells the desktop why its session ended, then closes its socket.
void EventHub::sendEnded(Client &client, const QString &reason)
{
    if (client.closing) {
        return;
    }
    client.peer->sendText(message({{QStringLiteral("type"), QLatin1String(api::event::SessionEnded)},
                                   {QStringLiteral("reason"), reason}}));
    closeClient(client, CloseNormal, "session_ended");
}

} // namespace cb::server
