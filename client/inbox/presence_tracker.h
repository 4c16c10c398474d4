#pragma once

#include "client/inbox/presence_roster.h"

#include <QObject>
#include <QTimer>

#include <cstdint>

namespace cb::client {

class EventStream;

// The desktop's half of the collision warning: tells colleagues which
// conversation this person has open and when they type, and keeps the roster
// of where colleagues are. Lives as long as the inbox service; follows its
// event stream (attached on start, detached on lock and sign-out, when the
// server tells the others this person left).
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int ViewingDelayMs = 300;  // arrowing through the list says only where it stops
    static constexpr int TypingRepeatMs = 3000; // "typing" is said at most this often…
    static constexpr int TypingQuietMs = 5000;  // …and "viewing" again after this long without a key

    explicit PresenceTracker(QObject *parent = nullptr);

    void attach(EventStream *stream);
    void detach();

    void viewing(std::int64_t conversationId);
    void typing(std::int64_t conversationId);
    // Colleagues in this conversation now.
    QList<PresenceRoster::Colleague> in(std::int64_t conversationId) const;

signals:
    // Who is viewing or typing in this conversation changed (or a typing hint faded).
    void changed(std::int64_t conversationId);

private:
    void say(const QString &state);
    void received(const QJsonObject &presence);

    EventStream *m_stream = nullptr;
    PresenceRoster m_roster;
    std::int64_t m_viewing = 0;
    qint64 m_typingSaidAtMs = 0;
    QTimer m_viewingDelay;
    QTimer m_typingQuiet;
    QTimer m_typingFade;
};

} // namespace cb::client
