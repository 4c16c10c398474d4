#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

class InboxStore;

// Removes hidden messages' text from everything that repeats it: the events the
// desktops replay (message payloads, the previews nested in them and in
// conversation events) and the conversation's own preview. Runs inside the
// caller's transaction, before the messages themselves are hidden.
class EventScrubber
{
public:
    EventScrubber(store::Database &db, InboxStore &inbox);

    // Notes the previews `messageIds` (of one conversation) gave, while their text is still there.
    void collect(const QList<std::int64_t> &messageIds);
    // After the messages were hidden: rewrites the conversation's events and preview.
    // Returns how many events were rewritten.
    int scrub(std::int64_t conversationId);

private:
    store::Database &m_db;
    InboxStore &m_inbox;
    QSet<std::int64_t> m_hidden;
    QSet<QString> m_previews;
};

} // namespace cb::server
