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
// only the newest goes; an answer for older words is dropped. The server answers a
// page at a time (its newest matches first); more() asks for the next page, whose
// conversations join those found (the list asks when the person scrolls to its end).
class ServerSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinLength = 2; // as the server asks
    static constexpr int PageSize = 50;
    // The most conversations one search keeps (40 pages): the list passes them to
    // every query it makes; past this, refining the words is the better way on.
    static constexpr int MaxHits = 2000;

    explicit ServerSearch(ServerConnection &connection, QObject *parent = nullptr);

    void setCache(InboxCache *cache);
    // Searches for `words` (empty, or too short: clears the results).
    void search(const QString &words);
    QString words() const { return m_words; }
    bool busy() const { return m_inFlight; }
    // Whether the server said it has more for these words, and asks for them.
    bool hasMore() const { return m_next > 0 && m_hits.size() < MaxHits; }
    void more();
    // Conversation id -> the text of the message that matched ("" when the name or number did).
    const QHash<std::int64_t, QString> &hits() const { return m_hits; }

signals:
    void hitsChanged();
    void busyChanged(bool busy);

private:
    void send(std::int64_t after = 0);

    ServerConnection &m_connection;
    InboxCache *m_cache = nullptr;
    QString m_words;
    bool m_inFlight = false;
    bool m_waiting = false; // newer words arrived while a request was out
    QHash<std::int64_t, QString> m_hits;
    std::int64_t m_next = 0; // the server's cursor for the next page; 0: no more
};

} // namespace cb::client
