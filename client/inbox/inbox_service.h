#pragma once

#include "client/inbox/colleague.h"
#include "client/inbox/inbox_cache.h"
#include "client/inbox/presence_tracker.h"
#include "client/inbox/server_search.h"
#include "client/inbox/snapshot_writer.h"
#include "client/net/event_stream.h"
#include "client/session/session_manager.h"
#include "core/model/message_template.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cb::client {

class ServerConnection;

// The desktop's inbox logic: fills the cache from a snapshot, keeps it current
// from the event stream, sends through a durable outbox, and carries out the
// inbox actions. It runs only while the session is Active and the user may read
// conversations; locking stops it and closes the cache with the session.
class InboxService : public QObject
{
    Q_OBJECT
public:
    InboxService(ServerConnection &connection, SessionManager &session, QObject *parent = nullptr);
    ~InboxService() override;

    bool isRunning() const { return m_cache != nullptr; }
    // The link to the server, for services beside the inbox (reporting an incident).
    ServerConnection &connection() const { return m_connection; }
    InboxCache *cache() const { return m_cache.get(); }
    std::int64_t myId() const { return m_session.user().id; }
    QString myName() const { return m_session.user().displayName; }
    bool mayReply() const;
    const QList<model::MessageTemplate> &templates() const { return m_templates; }
    const QList<Colleague> &colleagues() const { return m_colleagues; }
    // The colleague with this id, if the directory knows them.
    const Colleague *colleague(std::int64_t id) const;
    QString whatsappStatus() const { return m_whatsappStatus; }
    bool isLive() const { return m_stream && m_stream->isLive(); }
    // Whether the server hosts the secure patient portal.
    bool portalEnabled() const { return m_portalEnabled; }
    // The clinic keeps portal messages for the care team ([inbox] front_desk_portal =
    // summary) and this person is front desk: they see them only as "Secure message".
    bool portalWithheld() const { return m_portalWithheld; }
    // The clinic's notice the server appends to a patient's first WhatsApp reply,
    // in the patient's language (English when the server has none in it).
    QString firstReplyNotice(const QString &language) const;

    // Loads the newest messages of a conversation and marks it read; colleagues
    // are told this person is viewing it.
    void openConversation(std::int64_t conversationId);
    // A long thread pages in: the page before the oldest message this cache holds.
    // olderLoaded follows (with 0 when there was nothing more). Once the server has
    // said there is nothing older, historyComplete() is true and this does nothing.
    void loadOlder(std::int64_t conversationId);
    bool historyComplete(std::int64_t conversationId) const
    {
        return m_historyComplete.contains(conversationId);
    }
    bool loadingOlder(std::int64_t conversationId) const
    {
        return m_olderInFlight.contains(conversationId);
    }
    // Who else is viewing or typing where (the collision warning).
    PresenceTracker &presence() { return m_presence; }
    // Search beyond this workstation's cache: everything on the server the person may see.
    ServerSearch &serverSearch() { return m_serverSearch; }
    const ServerSearch &serverSearch() const { return m_serverSearch; }
    // Clears the unread count (when it has one); "Mark unread" gives one back.
    void markRead(std::int64_t conversationId);
    void markUnread(std::int64_t conversationId);
    // PhiGuard stopped a reply on this workstation: the rules it found, never the text.
    void reportPhiRefusal(std::int64_t conversationId, const QStringList &rules);
    void sendText(std::int64_t conversationId, const QString &text);
    void sendTemplate(std::int64_t conversationId, const model::MessageTemplate &templ,
                      const QStringList &parameters);
    // Up to three quick-reply buttons under a text (window open only).
    void sendButtons(std::int64_t conversationId, const QString &text, const QStringList &titles);
    void addNote(std::int64_t conversationId, const QString &text);
    // The secure portal: a link to the patient (escalation, or a new one after an
    // expiry or a lock), revoking it, the date of birth it asks, and replies on it.
    void escalate(std::int64_t conversationId, bool newLink = false);
    void revokePortal(std::int64_t conversationId);
    // Hides a staff message from everyone's inbox (kept on the server for the record).
    void retract(std::int64_t messageId, const QString &reason);
    // "Message retracted by Nina at 10:42" / "Message removed (retention period)": what shows in
    // its place.
    QString hiddenLabel(const model::Message &message) const;
    void setDateOfBirth(std::int64_t conversationId, const QDate &date); // invalid date: clear it
    void sendPortal(std::int64_t conversationId, const QString &text);
    // A photo (JPEG, PNG) or a PDF from disk into the portal; false with *problem if it cannot go.
    bool attachToPortal(std::int64_t conversationId, const QString &path, QString *problem);
    void assign(std::int64_t conversationId, std::int64_t assigneeId, bool triage);
    void setStatus(std::int64_t conversationId, model::ConversationStatus status,
                   std::int64_t snoozedUntilMs = 0);
    void setConsent(std::int64_t conversationId, model::ConsentBasis basis, bool proactiveOptIn);
    // Downloads a stored attachment into the encrypted cache once;
    // mediaReady follows. Does nothing if it is cached or on its way.
    void fetchMedia(std::int64_t conversationId, std::int64_t messageId);
    // Unacknowledged replies of a conversation, oldest first.
    QList<InboxCache::OutboxItem> pending(std::int64_t conversationId) const;

signals:
    void conversationsChanged();
    void colleaguesChanged();
    void messagesChanged(std::int64_t conversationId);
    void mediaReady(std::int64_t conversationId, std::int64_t messageId);
    void olderLoaded(std::int64_t conversationId, int count);
    void newPatientMessages(int count); // for notifications: a count, never content
    void mentioned(
        std::int64_t byUserId); // a colleague @mentioned this person in a note (live, not replayed)
    void sendRefused(std::int64_t conversationId, const QString &text, const QString &code,
                     const QString &message, const QStringList &rules);
    void liveChanged(bool live);
    void whatsappStatusChanged(const QString &status);
    void failed(const QString &message);
    // The escalation answer: ok, or why not (already translated).
    void escalated(std::int64_t conversationId, bool ok, const QString &problem);

private:
    void onSessionState(SessionManager::State state);
    void start();
    void stop();
    // Pages of summaries from `offset`; `summaries` false: only the first page's
    // other parts (a warm cache, whose changes the event stream replays).
    void loadSnapshot(int offset, bool firstFill, bool summaries = true);
    void scheduleRepaint();
    void finishSnapshot();
    void attachWriter();
    int storeMessagePage(std::int64_t conversationId, const QJsonObject &page);
    void forgetPortalWords();
    void loadColleagues();
    void applyEvent(qint64 seq, const QString &kind, const QJsonObject &payload);
    void applyPendingEvents();
    std::int64_t applyOne(qint64 seq, const QString &kind, const QJsonObject &payload);
    void enqueue(std::int64_t conversationId, QJsonObject request);
    void flushOutbox();
    void post(const QString &path, const QJsonObject &body);

    ServerConnection &m_connection;
    SessionManager &m_session;
    std::unique_ptr<InboxCache> m_cache;
    std::unique_ptr<EventStream> m_stream;
    QList<model::MessageTemplate> m_templates;
    QList<Colleague> m_colleagues;
    QString m_whatsappStatus;
    bool m_portalEnabled = false;
    bool m_portalWithheld = false;
    QJsonObject m_notices; // language -> the first reply's notice
    QSet<std::int64_t> m_mediaInFlight;
    QSet<std::int64_t> m_olderInFlight;
    QSet<std::int64_t> m_historyComplete; // the server has nothing older than what the cache holds
    PresenceTracker m_presence;
    ServerSearch m_serverSearch{m_connection};
    SnapshotWriter m_writer;
    static constexpr int EventBatch = 64;
    struct PendingEvent
    {
        qint64 seq = 0;
        QString kind;
        QJsonObject payload;
    };
    QQueue<PendingEvent> m_pendingEvents; // arrived, applied on the next turn of the event loop
    QTimer m_eventTurn;
    bool m_lastPageQueued = false; // the snapshot's last page is in the writer
    int m_snapshotInFlight = 0;    // page requests not answered yet
    int m_snapshotGeneration = 0;
    bool m_lastPageFillsCache = false; // …and it completes a first fill
    QTimer m_outboxRetry;
    QTimer m_coalesce;
    int m_newInbound = 0;
    bool m_flushing = false;
};

} // namespace cb::client
