#include "client/inbox/presence_tracker.h"

#include "client/net/event_stream.h"

#include <QDateTime>

namespace cb::client {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PresenceTracker::PresenceTracker(QObject *parent) : QObject(parent)
{
    m_viewingDelay.setSingleShot(true);
    m_viewingDelay.setInterval(ViewingDelayMs);
    connect(&m_viewingDelay, &QTimer::timeout, this, [this] { say(QStringLiteral("viewing")); });
    m_typingQuiet.setSingleShot(true);
    m_typingQuiet.setInterval(TypingQuietMs);
    connect(&m_typingQuiet, &QTimer::timeout, this, [this] {
        m_typingSaidAtMs = 0;
        say(QStringLiteral("viewing"));
    });
    // A colleague's "typing" fades by time alone: look again once it may have.
    m_typingFade.setSingleShot(true);
    // (Only the open conversation shows who is in it.)
    connect(&m_typingFade, &QTimer::timeout, this, [this] {
        if (m_viewing > 0) {
            emit changed(m_viewing);
        }
    });
}

void PresenceTracker::attach(EventStream *stream)
{
    m_stream = stream;
    connect(stream, &EventStream::presenceReceived, this, &PresenceTracker::received);
    connect(stream, &EventStream::liveChanged, this, [this](bool live) {
        if (!live) {
            // The server forgot this stream; a new one is told who is where.
            m_roster.clear();
            if (m_viewing > 0) {
                emit changed(m_viewing);
            }
        }
    });
    if (m_viewing > 0) {
        say(QStringLiteral("viewing")); // said once the stream is ready
    }
}

void PresenceTracker::detach()
{
    m_stream = nullptr;
    m_viewingDelay.stop();
    m_typingQuiet.stop();
    m_typingFade.stop();
    m_roster.clear();
    m_typingSaidAtMs = 0;
    if (m_viewing > 0) {
        emit changed(m_viewing);
    }
}

void PresenceTracker::viewing(std::int64_t conversationId)
{
    if (conversationId == m_viewing) {
        return;
    }
    m_viewing = conversationId;
    m_typingSaidAtMs = 0;
    m_typingQuiet.stop();
    m_viewingDelay.start();
}

void PresenceTracker::typing(std::int64_t conversationId)
{
    if (conversationId != m_viewing || conversationId <= 0) {
        return;
    }
    m_typingQuiet.start();
    const qint64 now = nowMs();
    if (now - m_typingSaidAtMs >= TypingRepeatMs) {
        m_typingSaidAtMs = now;
        m_viewingDelay.stop();
        say(QStringLiteral("typing"));
    }
}

void PresenceTracker::say(const QString &state)
{
    if (m_stream) {
        m_stream->sendPresence(m_viewing, state);
    }
}

void PresenceTracker::received(const QJsonObject &presence)
{
    const qint64 now = nowMs();
    for (const std::int64_t conversation : m_roster.apply(presence, now)) {
        emit changed(conversation);
    }
    if (presence.value(QStringLiteral("state")).toString() == QLatin1String("typing")) {
        m_typingFade.start(int(PresenceRoster::TypingMs) + 100);
    }
}

QList<PresenceRoster::Colleague> PresenceTracker::in(std::int64_t conversationId) const
{
    return m_roster.in(conversationId, nowMs());
}

} // namespace cb::client
