#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <map>

namespace cb::client {

// Which colleagues have which conversation open, and who is typing, as the
// event stream tells it (server/inbox/presence_relay.h). A "typing" older than
// TypingMs reads as "viewing": the desktop that typed may have gone quiet
// without saying so. Emptied when the stream goes (the server repeats who is
// where to a stream that reconnects).
class PresenceRoster
{
public:
    static constexpr qint64 TypingMs = 6000;

    struct Colleague
    {
        std::int64_t userId = 0;
        bool typing = false;
    };

    // Applies one {"type":"presence",seat,user,conversation,state}; returns the
    // conversations whose colleagues changed (the one left and the one entered).
    QList<std::int64_t> apply(const QJsonObject &presence, qint64 nowMs);
    void clear() { m_seats.clear(); }
    // The colleagues in a conversation, each person once (typing wins over viewing
    // when they have it open on two workstations), in the order they arrived.
    QList<Colleague> in(std::int64_t conversationId, qint64 nowMs) const;

private:
    struct Seat
    {
        std::int64_t userId = 0;
        std::int64_t conversation = 0;
        bool typing = false;
        qint64 typedAtMs = 0;
        qint64 order = 0;
    };
    std::map<qint64, Seat> m_seats; // by the server's seat (one stream)
    qint64 m_arrivals = 0;
};

} // namespace cb::client
