#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <functional>

namespace cb::client {

class ServerConnection;

// The desktop's end of /api/v1/events. Authenticates with the first message
// (never in the URL), resumes after the last sequence the caller stored, and
// reconnects with back-off after a drop, a sleep or a server restart.
class EventStream : public QObject
{
    Q_OBJECT
public:
    // Returns the last sequence number the cache has stored.
    using CursorSource = std::function<qint64()>;

    EventStream(ServerConnection &connection, CursorSource cursor, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isLive() const { return m_live; }
    // Where this desktop is ("viewing" or "typing" in a conversation; 0: none), for
    // colleagues' collision warnings. Said again after every reconnect.
    void sendPresence(qint64 conversationId, const QString &state);

signals:
    void eventReceived(qint64 seq, const QString &kind, const QJsonObject &payload);
    void liveChanged(bool live);
    // The server no longer has what we hold (restored store): start from a snapshot.
    void resetRequested();
    void sessionEnded(const QString &reason);
    // A colleague's stream moved: {seat, user, conversation, state}.
    void presenceReceived(const QJsonObject &presence);

private:
    void connectNow();
    void onMessage(const QString &text);
    void onDisconnected();
    void setLive(bool live);

    ServerConnection &m_connection;
    CursorSource m_cursor;
    QWebSocket m_socket;
    QTimer m_reconnect;
    int m_failures = 0;
    bool m_running = false;
    bool m_live = false;
    QJsonObject m_presence; // the last one said, repeated on reconnect
};

} // namespace cb::client
