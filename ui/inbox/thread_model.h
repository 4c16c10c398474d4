#pragma once

#include "core/model/message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

namespace cb::client {
class InboxService;
}

namespace cb::ui {

// One conversation's messages, oldest first, followed by replies still in the
// outbox. Each row says who wrote it, when, and how far delivery got.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { OutboundRole = Qt::UserRole + 1, ChannelRole, StateRole, MessageIdRole, HasImageRole, RetractableRole };
    static constexpr int ThumbnailSize = 240;

    explicit ThreadModel(client::InboxService &inbox, QObject *parent = nullptr);

    void setConversation(std::int64_t conversationId);
    std::int64_t conversationId() const { return m_conversationId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The line under a bubble: time, and for outbound messages the ticks or failure.
    static QString statusLine(const model::Message &message);
    // "[Document: results.pdf (120 KB)]" and where its download stands.
    static QString attachmentLabel(const model::Message &message);

    // The full image of a message, from the encrypted cache (null if not there).
    QImage image(std::int64_t messageId) const;

private:
    void loadThumbnails();

    client::InboxService &m_inbox;
    QHash<std::int64_t, QPixmap> m_thumbnails;
    std::int64_t m_conversationId = 0;
    QList<model::Message> m_messages;
};

} // namespace cb::ui
