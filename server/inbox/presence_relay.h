#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <map>

namespace cb::server {

// The collision warning: which colleague has which conversation open, and who
// is typing in it. A reader's desktop says so on its event stream
// ({"type":"presence","conversation":12,"state":"viewing"|"typing"}, or
// conversation 0 when it shows none); every other reader's stream is told
// ({"type":"presence","seat":7,"user":5,"conversation":12,"state":…}, "left"
// when the stream closes; a seat is one stream, so one person's two
// workstations are told apart). It is a hint, not a record: held in memory only, never
// stored or replayed, carrying ids the receiving desktop already knows (names
// come from its colleague directory), so it holds no patient data.
//
// Bounded: one seat per stream; a stream's changes go out at most every
// MinGapMs, the newest one winning, so a desktop that floods sends nothing more.
class PresenceRelay : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinGapMs = 250;
    // Sends `message` to every reader's stream except `exceptStream` and `exceptUser`'s other ones.
    using Broadcast = std::function<void(std::uint64_t exceptStream, std::int64_t exceptUser, const QByteArray &message)>;
    using ConversationExists = std::function<bool(std::int64_t id)>;

    PresenceRelay(Broadcast broadcast, ConversationExists exists, QObject *parent = nullptr);

    // A reader's stream said where it is. False if the message makes no sense
    // (unknown state, a conversation that does not exist): it is then ignored.
    bool update(std::uint64_t stream, std::int64_t userId, const QJsonObject &message);
    // The stream closed, or its workstation locked.
    void leave(std::uint64_t stream);
    // Where everyone else is, for a stream that has just authenticated.
    QList<QByteArray> roster(std::int64_t forUser) const;
    int seats() const { return int(m_seats.size()); }

private:
    struct Seat
    {
        std::int64_t userId = 0;
        std::int64_t conversation = 0;
        QString state;
        qint64 sentAtMs = -MinGapMs; // on m_clock
        bool pending = false;
    };
    static QByteArray message(std::uint64_t stream, const Seat &seat);
    void send(std::uint64_t stream, Seat &seat);
    void flush();

    Broadcast m_broadcast;
    ConversationExists m_exists;
    std::map<std::uint64_t, Seat> m_seats;
    QElapsedTimer m_clock;
    QTimer m_flush;
};

} // namespace cb::server
