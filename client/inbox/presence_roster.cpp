#include "client/inbox/presence_roster.h"

#include <algorithm>

namespace cb::client {

QList<std::int64_t> PresenceRoster::apply(const QJsonObject &presence, qint64 nowMs)
{
    const qint64 seatId = presence.value(QStringLiteral("seat")).toInteger();
    const std::int64_t userId = presence.value(QStringLiteral("user")).toInteger();
    const std::int64_t conversation = presence.value(QStringLiteral("conversation")).toInteger();
    const QString state = presence.value(QStringLiteral("state")).toString();
    QList<std::int64_t> changed;
    const auto found = m_seats.find(seatId);
    if (found != m_seats.end()) {
        changed.append(found->second.conversation);
    }
    if (userId <= 0 || conversation <= 0 || state == QLatin1String("left")) {
        if (found != m_seats.end()) {
            m_seats.erase(found);
        }
        return changed;
    }
    Seat &seat = m_seats[seatId];
    if (seat.conversation != conversation) {
        seat.order = ++m_arrivals;
    }
    seat.userId = userId;
    seat.conversation = conversation;
    seat.typing = state == QLatin1String("typing");
    seat.typedAtMs = seat.typing ? nowMs : 0;
    if (!changed.contains(conversation)) {
        changed.append(conversation);
    }
    return changed;
}

QList<PresenceRoster::Colleague> PresenceRoster::in(std::int64_t conversationId, qint64 nowMs) const
{
    QList<std::pair<qint64, Colleague>> found;
    for (const auto &[id, seat] : m_seats) {
        if (seat.conversation != conversationId) {
            continue;
        }
        const bool typing = seat.typing && nowMs - seat.typedAtMs < TypingMs;
        const auto same = std::find_if(found.begin(), found.end(), [&](const auto &entry) { return entry.second.userId == seat.userId; });
        if (same == found.end()) {
            found.append({seat.order, Colleague{seat.userId, typing}});
        } else {
            same->second.typing = same->second.typing || typing;
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Colleague> colleagues;
    for (const auto &entry : found) {
        colleagues.append(entry.second);
    }
    return colleagues;
}

} // namespace cb::client
