#include "client/inbox/inbox_service.h"

#include "client/net/server_connection.h"
#include "core/api/inbox_dto.h"
#include "core/log/logging.h"
#include "core/policy/permissions.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace cb::client {

InboxService::InboxService(ServerConnection &connection, SessionManager &session, QObject *parent)
    : QObject(parent), m_connection(connection), m_session(session)
{
    m_outboxRetry.setSingleShot(true);
    connect(&m_outboxRetry, &QTimer::timeout, this, &InboxService::flushOutbox);
    // Bursts of events (a batch, a snapshot) repaint the list once.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(30);
    connect(&m_writer, &SnapshotWriter::rowsWritten, this, &InboxService::scheduleRepaint);
    m_eventTurn.setSingleShot(true);
    m_eventTurn.setInterval(0);
    connect(&m_eventTurn, &QTimer::timeout, this, &InboxService::applyPendingEvents);
    connect(&m_writer, &SnapshotWriter::drained, this, &InboxService::finishSnapshot);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        emit conversationsChanged();
        if (m_newInbound > 0) {
            emit newPatientMessages(m_newInbound);
            m_newInbound = 0;
        }
    });
    connect(&session, &SessionManager::stateChanged, this, &InboxService::onSessionState);
    // The snapshot writer's thread holds the cache's worker connection: it lets go
    // before the cache closes, not after the state has changed.
    connect(&session, &SessionManager::cacheClosing, this, &InboxService::stop);
}

InboxService::~InboxService() = default;

bool InboxService::mayReply() const
{
    return policy::rolesAllow(m_session.user().roles, policy::Permission::ReplyToPatients);
}

void InboxService::onSessionState(SessionManager::State state)
{
    if (state == SessionManager::State::Active) {
        start();
    } else {
        stop();
    }
}

void InboxService::start()
{
    if (m_cache || !m_session.cache() || m_session.passwordChangeRequired() ||
        !policy::rolesAllow(m_session.user().roles, policy::Permission::ReadConversations)) {
        return;
    }
    m_cache = std::make_unique<InboxCache>(m_session.cache()->database());
    m_stream = std::make_unique<EventStream>(m_connection,
                                             [this] { return m_cache ? m_cache->lastSeq() : 0; });
    connect(m_stream.get(), &EventStream::eventReceived, this, &InboxService::applyEvent);
    m_presence.attach(m_stream.get());
    m_serverSearch.setCache(m_cache.get());
    connect(m_stream.get(), &EventStream::liveChanged, this, [this](bool live) {
        emit liveChanged(live);
        if (live) {
            flushOutbox();
        }
    });
    // Queued: ending the session stops this service, which deletes the stream
    // that is still inside its signal.
    connect(
        m_stream.get(), &EventStream::sessionEnded, this,
        [this](const QString &reason) { m_session.endByServer(reason); }, Qt::QueuedConnection);
    connect(m_stream.get(), &EventStream::resetRequested, this, [this] {
        m_cache->setLastSeq(0);
        m_cache->setFilled(false);
        loadSnapshot(0, true);
    });
    attachWriter();
    if (m_cache->isFilled()) {
        // A warm cache (a sign-in or an unlock on this workstation): the list shows
        // at once from the cache, the stream resumes after the cursor and replays what
        // changed, and the snapshot is only its small first part (templates, flags,
        // mentions). A cursor the server no longer holds answers "reset": a full one then.
        m_stream->start();
        loadSnapshot(0, false, false);
    } else {
        loadSnapshot(0, true); // fresh, or a first fill that was cut short: all of it
    }
    loadColleagues();
    emit conversationsChanged();
}

void InboxService::stop()
{
    m_outboxRetry.stop();
    m_presence.detach();
    m_serverSearch.setCache(nullptr);
    m_writer.setDatabase(nullptr); // waits for the slice under way: the cache may close next
    m_eventTurn.stop();
    ++m_snapshotGeneration;  // pages still on their way find nobody to write them
    m_pendingEvents.clear(); // not applied, so the cursor replays them at the next start
    m_lastPageQueued = false;
    m_olderInFlight.clear(); // their answers find no cache and are dropped
    m_stream.reset();
    m_cache.reset(); // the session closes the database itself
}

// Repaints at most every 30 ms however many pages or events arrive, but never
// later than 30 ms after the first: restarting the timer on each page delayed the
// first rows by seconds on a busy clinic's snapshot.
void InboxService::scheduleRepaint()
{
    if (!m_coalesce.isActive()) {
        m_coalesce.start();
    }
}

const Colleague *InboxService::colleague(std::int64_t id) const
{
    for (const Colleague &person : m_colleagues) {
        if (person.id == id) {
            return &person;
        }
    }
    return nullptr;
}

void InboxService::loadColleagues()
{
    m_connection.get(
        QStringLiteral("/api/v1/colleagues"), [this](const ServerConnection::Reply &reply) {
            if (!reply.ok()) {
                return;
            }
            m_colleagues.clear();
            for (const QJsonValue &value :
                 reply.body.value(QStringLiteral("colleagues")).toArray()) {
                const QJsonObject person = value.toObject();
                QStringList roles;
                for (const QJsonValue &role : person.value(QStringLiteral("roles")).toArray()) {
                    roles.append(role.toString());
                }
                m_colleagues.append({person.value(QStringLiteral("id")).toInteger(),
                                     person.value(QStringLiteral("display_name")).toString(),
                                     person.value(QStringLiteral("triage")).toBool(),
                                     person.value(QStringLiteral("active")).toBool(true), roles});
            }
            emit colleaguesChanged();
        });
}

// Events are queued as they arrive and applied together on the next turn of the
// event loop, up to EventBatch in one transaction: a burst of 50 new patients was
// 50 transactions (each waiting for the disk) in one stall of 93 ms.
void InboxService::applyEvent(qint64 seq, const QString &kind, const QJsonObject &payload)
{
    m_pendingEvents.enqueue({seq, kind, payload});
    if (!m_eventTurn.isActive()) {
        m_eventTurn.start();
    }
}

void InboxService::applyPendingEvents()
{
    if (!m_cache) {
        m_pendingEvents.clear();
        return;
    }
    QSet<std::int64_t> touched;
    {
        store::Transaction transaction(m_session.cache()->database());
        for (int applied = 0; applied < EventBatch && !m_pendingEvents.isEmpty(); ++applied) {
            const PendingEvent event = m_pendingEvents.dequeue();
            if (const std::int64_t conversation = applyOne(event.seq, event.kind, event.payload)) {
                touched.insert(conversation);
            }
        }
        transaction.commit();
    }
    if (!m_pendingEvents.isEmpty()) {
        m_eventTurn.start(); // the rest on the next turn: keys and paint go first
    }
    for (const std::int64_t conversation : touched) {
        emit messagesChanged(conversation);
    }
    scheduleRepaint();
}

// One event, inside applyPendingEvents' transaction; the conversation whose thread it touched.
std::int64_t InboxService::applyOne(qint64 seq, const QString &kind, const QJsonObject &payload)
{
    if (!m_cache || seq <= m_cache->lastSeq()) {
        return 0; // already applied
    }
    std::int64_t touchedConversation = 0;
    {
        if (kind == QLatin1String(api::event::MessageAdded) ||
            kind == QLatin1String(api::event::MessageChanged)) {
            if (const auto message = api::messageFromJson(payload)) {
                m_cache->upsertMessage(*message);
                touchedConversation = message->conversationId;
                if (kind == QLatin1String(api::event::MessageAdded) &&
                    message->direction == model::Direction::Inbound &&
                    message->channel == model::Channel::WhatsApp) {
                    ++m_newInbound;
                }
            }
            if (const auto conversation = api::conversationFromJson(
                    payload.value(QStringLiteral("conversation")).toObject())) {
                m_cache->upsertConversation(*conversation, seq);
            }
        } else if (kind == QLatin1String(api::event::ConversationChanged)) {
            if (const auto conversation = api::conversationFromJson(payload)) {
                m_cache->upsertConversation(*conversation, seq);
                touchedConversation = conversation->id;
            }
        } else if (kind == QLatin1String(api::event::MentionAdded)) {
            const InboxCache::Mention mention = InboxCache::Mention::fromJson(payload);
            m_cache->addMention(mention);
            if (m_stream && m_stream->isLive()) { // not for old ones a reconnect replays
                emit mentioned(mention.byUser);
            }
        } else if (kind == QLatin1String(api::event::MentionSeen)) {
            m_cache->markMentionsSeen(payload.value(QStringLiteral("conversation_id")).toInteger());
        } else if (kind == QLatin1String(api::event::WhatsAppConnection)) {
            m_whatsappStatus = payload.value(QStringLiteral("status")).toString();
            emit whatsappStatusChanged(m_whatsappStatus);
        }
        m_cache->setLastSeq(seq);
    }
    return touchedConversation;
}

void InboxService::openConversation(std::int64_t conversationId)
{
    m_connection.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                     [this, conversationId](const ServerConnection::Reply &reply) {
                         if (!m_cache || !reply.ok()) {
                             return;
                         }
                         storeMessagePage(conversationId, reply.body);
                         emit messagesChanged(conversationId);
                     });
    markRead(conversationId);
    m_presence.viewing(conversationId);
}

// A page of a thread from the server into the cache, in one transaction; once the
// server says there is nothing older, the thread's history is complete.
int InboxService::storeMessagePage(std::int64_t conversationId, const QJsonObject &page)
{
    const QJsonArray messages = page.value(QStringLiteral("messages")).toArray();
    store::Transaction transaction(m_session.cache()->database());
    for (const QJsonValue &value : messages) {
        if (const auto message = api::messageFromJson(value.toObject())) {
            m_cache->upsertMessage(*message);
        }
    }
    transaction.commit();
    if (!page.value(QStringLiteral("more")).toBool()) {
        m_historyComplete.insert(conversationId);
    }
    return int(messages.size());
}

void InboxService::loadOlder(std::int64_t conversationId)
{
    if (!m_cache || m_historyComplete.contains(conversationId) ||
        m_olderInFlight.contains(conversationId)) {
        return;
    }
    const std::int64_t oldest = m_cache->oldestMessageId(conversationId);
    if (oldest <= 0) {
        return; // the newest page has not arrived yet: openConversation asks for it
    }
    m_olderInFlight.insert(conversationId);
    m_connection.get(QStringLiteral("/api/v1/conversations/%1/messages?before=%2")
                         .arg(conversationId)
                         .arg(oldest),
                     [this, conversationId](const ServerConnection::Reply &reply) {
                         m_olderInFlight.remove(conversationId);
                         if (!m_cache || !reply.ok()) {
                             emit olderLoaded(conversationId, 0);
                             return;
                         }
                         emit olderLoaded(conversationId, storeMessagePage(conversationId, reply.body));
                     });
}

void InboxService::markRead(std::int64_t conversationId)
{
    const auto conversation = m_cache ? m_cache->conversation(conversationId) : std::nullopt;
    if (conversation && conversation->unreadCount > 0) {
        post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversationId), {});
    }
    // Its @mentions are read too: it stays in Mentions, no longer counted there.
    if (m_cache && m_cache->hasUnseenMentions(conversationId)) {
        m_cache->markMentionsSeen(conversationId);
        post(QStringLiteral("/api/v1/conversations/%1/mentions/seen").arg(conversationId), {});
        scheduleRepaint();
    }
}

void InboxService::markUnread(std::int64_t conversationId)
{
    post(QStringLiteral("/api/v1/conversations/%1/unread").arg(conversationId), {});
}

void InboxService::reportPhiRefusal(std::int64_t conversationId, const QStringList &rules)
{
    post(QStringLiteral("/api/v1/conversations/%1/phi-refused").arg(conversationId),
         {{QStringLiteral("rules"), QJsonArray::fromStringList(rules)}});
}

void InboxService::escalate(std::int64_t conversationId, bool newLink)
{
    m_connection.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(conversationId),
                      {{QStringLiteral("reason"),
                        newLink ? QStringLiteral("new_link") : QStringLiteral("escalation")}},
                      [this, conversationId](const ServerConnection::Reply &reply) {
                          // The new state goes into the cache before anyone hears of it, so
                          // the composer offers the portal at once (the event may come later).
                          if (reply.ok() && m_cache) {
                              if (const auto conversation = api::conversationFromJson(reply.body)) {
                                  m_cache->upsertConversation(*conversation, m_cache->lastSeq());
                                  emit conversationsChanged();
                              }
                          }
                          emit escalated(conversationId, reply.ok(),
                                         reply.ok() ? QString()
                                                    : ServerConnection::describe(reply));
                      });
}

void InboxService::revokePortal(std::int64_t conversationId)
{
    post(QStringLiteral("/api/v1/conversations/%1/portal/revoke").arg(conversationId), {});
}

void InboxService::retract(std::int64_t messageId, const QString &reason)
{
    post(QStringLiteral("/api/v1/messages/%1/retract").arg(messageId),
         {{QStringLiteral("reason"), reason}});
}

QString InboxService::hiddenLabel(const model::Message &message) const
{
    if (message.purgedAtMs > 0) {
        return tr("Message removed at the end of the retention period");
    }
    const Colleague *retractor = colleague(message.retractedBy);
    QString who = retractor ? retractor->displayName : tr("a colleague");
    if (message.retractedBy == m_session.user().id) {
        who = m_session.user().displayName;
    }
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.retractedAtMs),
                                            QLocale::ShortFormat);
    return tr("Message retracted by %1 at %2").arg(who, when);
}

void InboxService::setDateOfBirth(std::int64_t conversationId, const QDate &date)
{
    post(QStringLiteral("/api/v1/conversations/%1/date-of-birth").arg(conversationId),
         {{QStringLiteral("date_of_birth"),
           date.isValid() ? date.toString(Qt::ISODate) : QString()}});
}

void InboxService::post(const QString &path, const QJsonObject &body)
{
    m_connection.post(path, body, [this](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            emit failed(ServerConnection::describe(reply));
        }
    });
}

void InboxService::assign(std::int64_t conversationId, std::int64_t assigneeId, bool triage)
{
    post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversationId),
         {{QStringLiteral("assignee_id"), qint64(assigneeId)}, {QStringLiteral("triage"), triage}});
}

void InboxService::setStatus(std::int64_t conversationId, model::ConversationStatus status,
                             std::int64_t snoozedUntilMs)
{
    post(QStringLiteral("/api/v1/conversations/%1/status").arg(conversationId),
         {{QStringLiteral("status"), QLatin1String(model::conversationStatusName(status))},
          {QStringLiteral("snoozed_until_ms"), qint64(snoozedUntilMs)}});
}

void InboxService::setConsent(std::int64_t conversationId, model::ConsentBasis basis,
                              bool proactiveOptIn)
{
    post(QStringLiteral("/api/v1/conversations/%1/consent").arg(conversationId),
         {{QStringLiteral("consent"), QLatin1String(model::consentBasisName(basis))},
          {QStringLiteral("proactive_opt_in"), proactiveOptIn}});
}

void InboxService::fetchMedia(std::int64_t conversationId, std::int64_t messageId)
{
    if (!m_cache || m_mediaInFlight.contains(messageId) || m_cache->media(messageId)) {
        return;
    }
    m_mediaInFlight.insert(messageId);
    m_connection.get(
        QStringLiteral("/api/v1/messages/%1/media").arg(messageId),
        [this, conversationId, messageId](const ServerConnection::Reply &reply) {
            m_mediaInFlight.remove(messageId);
            if (!m_cache || !reply.ok() || reply.raw.isEmpty()) {
                return; // shown as a labelled attachment; tried again when the thread reloads
            }
            m_cache->storeMedia(messageId, {reply.contentType, reply.raw});
            emit mediaReady(conversationId, messageId);
        });
}

QString InboxService::firstReplyNotice(const QString &language) const
{
    const QString notice = m_notices.value(language).toString();
    return notice.isEmpty() ? m_notices.value(QStringLiteral("en")).toString() : notice;
}

} // namespace cb::client
