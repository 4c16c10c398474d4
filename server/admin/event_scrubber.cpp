#include "server/admin/event_scrubber.h"

#include "core/api/inbox_dto.h"
#include "core/api/json_text.h"
#include "core/store/database.h"
#include "server/inbox/inbox_store.h"

namespace cb::server {

namespace {
// A conversation object whose preview repeats hidden text loses the preview.
bool scrubPreview(QJsonObject &conversation, const QSet<QString> &previews)
{
    const QString preview = conversation.value(QStringLiteral("preview")).toString();
    if (preview.isEmpty() || !previews.contains(preview)) {
        return false;
    }
    conversation.insert(QStringLiteral("preview"), QString());
    conversation.insert(QStringLiteral("preview_kind"), QString());
    return true;
}
} // namespace

EventScrubber::EventScrubber(store::Database &db, InboxStore &inbox) : m_db(db), m_inbox(inbox) {}

void EventScrubber::collect(const QList<std::int64_t> &messageIds)
{
    auto row = m_db.prepare("SELECT body, kind FROM messages WHERE id = ?");
    for (std::int64_t id : messageIds) {
        m_hidden.insert(id);
        row.reset();
        row.bind(1, id);
        if (row.step() && !row.columnText(0).trimmed().isEmpty()) {
            model::Message raw;
            raw.body = row.columnText(0);
            raw.kind = row.columnText(1);
            m_previews.insert(previewOf(raw));
        }
    }
}

int EventScrubber::scrub(std::int64_t conversationId)
{
    // Message events name their conversation; conversation events are about it.
    auto events = m_db.prepare("SELECT seq, kind, payload FROM events WHERE json_extract(payload, '$.conversation_id') = ? "
                               "UNION SELECT seq, kind, payload FROM events WHERE kind = 'conversation.changed' "
                               "AND json_extract(payload, '$.id') = ?");
    events.bindAll(conversationId, conversationId);
    auto update = m_db.prepare("UPDATE events SET payload = ? WHERE seq = ?");
    int rewritten = 0;
    QList<std::pair<std::int64_t, QJsonObject>> changed;
    while (events.step()) {
        const QString kind = events.columnText(1);
        QJsonObject payload = api::parseJsonObject(events.columnText(2));
        bool dirty = false;
        if (kind == QLatin1String(api::event::ConversationChanged)) {
            dirty = scrubPreview(payload, m_previews);
        } else {
            const std::int64_t id = api::jsonInteger(payload, "id");
            if (m_hidden.contains(id)) {
                // The message as the inbox now shows it: no body, no content.
                if (const auto now = m_inbox.message(id)) {
                    QJsonObject hidden = api::messageToJson(*now);
                    if (payload.contains(QStringLiteral("conversation"))) {
                        hidden.insert(QStringLiteral("conversation"), payload.value(QStringLiteral("conversation")));
                    }
                    payload = hidden;
                    dirty = true;
                }
            }
            QJsonObject conversation = api::jsonObject(payload, "conversation");
            if (scrubPreview(conversation, m_previews)) {
                payload.insert(QStringLiteral("conversation"), conversation);
                dirty = true;
            }
        }
        if (dirty) {
            changed.append({events.columnInt64(0), payload});
        }
    }
    for (const auto &[seq, payload] : changed) {
        update.reset();
        update.bindAll(api::compactJson(payload), seq);
        update.run();
        ++rewritten;
    }
    m_inbox.refreshPreview(conversationId);
    return rewritten;
}

} // namespace cb::server
