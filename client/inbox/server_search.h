#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>

namespace cb::client {

class InboxCache;
class ServerConnection;

// The server's half of a search (issue 22): what this workstation's cache holds
// shows at once; this asks the server (POST /api/v1/search) for everything the
// person may see and keeps, for the current words, which conversations it found
// and the message that matched. Conversations the cache does not hold yet are
// added to it. At most one request is in flight: words typed meanwhile wait and
// only the newest goes; an answer for older words is dropped.
class ServerSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinLength = 2; // as the server asks
    static constexpr int PageSize = 50;

    explicit ServerSearch(ServerConnection &connection, QObject *parent = nullptr);

    void setCache(InboxCache *cache);
    // Searches for `words` (empty, or too short: clears the results).
    void search(const QString &words);
    QString words() const { return m_words; }
    bool busy() const { return m_inFlight; }
    // Conversation id -> the text of the message that matched ("" when the name or number did).
    const QHash<std::int64_t, QString> &hits() const { return m_hits; }

signals:
    void hitsChanged();
    void busyChanged(bool busy);

private:
    void send();

    ServerConnection &m_connection;
    InboxCache *m_cache = nullptr;
    QString m_words;
    bool m_inFlight = false;
    bool m_waiting = false; // newer words arrived while a request was out
    QHash<std::int64_t, QString> m_hits;
};

} // namespace cb::client
