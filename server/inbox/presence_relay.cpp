#include "server/inbox/presence_relay.h"

#include "core/api/json_text.h"

namespace cb::server {

PresenceRelay::PresenceRelay(Broadcast broadcast, ConversationExists exists, QObject *parent)
    : QObject(parent), m_broadcast(std::move(broadcast)), m_exists(std::move(exists))
{
    m_clock.start();
    m_flush.setSingleShot(true);
    m_flush.setInterval(MinGapMs);
    connect(&m_flush, &QTimer::timeout, this, &PresenceRelay::flush);
}

QByteArray PresenceRelay::message(std::uint64_t stream, const Seat &seat)
{
    return api::compactJson({{QStringLiteral("type"), QStringLiteral("presence")},
                             {QStringLiteral("seat"), qint64(stream)},
                             {QStringLiteral("user"), qint64(seat.userId)},
                             {QStringLiteral("conversation"), qint64(seat.conversation)},
                             {QStringLiteral("state"), seat.state}})
        .toUtf8();
}

bool PresenceRelay::update(std::uint64_t stream, std::int64_t userId, const QJsonObject &json)
{
    const QJsonValue id = json.value(QStringLiteral("conversation"));
    const std::int64_t conversation = id.isDouble() ? id.toInteger(-1) : -1;
    QString state = json.value(QStringLiteral("state")).toString();
    if (conversation == 0) {
        state = QStringLiteral("left");
    } else if (conversation < 0 || (state != QLatin1String("viewing") && state != QLatin1String("typing"))) {
        return false;
    }
    if (conversation == 0 && !m_seats.contains(stream)) {
        return true; // never sat anywhere: nothing to leave
    }
    Seat &seat = m_seats[stream];
    if (seat.userId == userId && seat.conversation == conversation && seat.state == state && !seat.pending &&
        state != QLatin1String("typing")) {
        return true; // nothing new (typing is repeated on purpose: it keeps the hint alive)
    }
    if (conversation > 0 && conversation != seat.conversation && !m_exists(conversation)) {
        return false;
    }
    seat.userId = userId;
    seat.conversation = conversation;
    seat.state = state;
    if (m_clock.elapsed() - seat.sentAtMs >= MinGapMs) {
        send(stream, seat);
    } else {
        seat.pending = true;
        if (!m_flush.isActive()) {
            m_flush.start();
        }
    }
    return true;
}

void PresenceRelay::send(std::uint64_t stream, Seat &seat)
{
    seat.pending = false;
    seat.sentAtMs = m_clock.elapsed();
    m_broadcast(stream, seat.userId, message(stream, seat));
}

// Sends what waited for its gap. Broadcasting never calls back into this
// relay, but the walk only changes the seats' fields, never the map.
void PresenceRelay::flush()
{
    bool waiting = false;
    for (auto &[stream, seat] : m_seats) {
        if (!seat.pending) {
            continue;
        }
        if (m_clock.elapsed() - seat.sentAtMs >= MinGapMs) {
            send(stream, seat);
        } else {
            waiting = true;
        }
    }
    if (waiting) {
        m_flush.start();
    }
}

void PresenceRelay::leave(std::uint64_t stream)
{
    const auto found = m_seats.find(stream);
    if (found == m_seats.end()) {
        return;
    }
    Seat seat = found->second;
    m_seats.erase(found);
    if (seat.conversation > 0 && seat.state != QLatin1String("left")) {
        seat.state = QStringLiteral("left");
        seat.conversation = 0;
        m_broadcast(stream, seat.userId, message(stream, seat));
    }
}

QList<QByteArray> PresenceRelay::roster(std::int64_t forUser) const
{
    QList<QByteArray> list;
    for (const auto &[stream, seat] : m_seats) {
        if (seat.userId != forUser && seat.conversation > 0) {
            list.append(message(stream, seat));
        }
    }
    return list;
}

} // namespace cb::server
