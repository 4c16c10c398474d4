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
    enum Roles {
        OutboundRole = Qt::UserRole + 1,
        ChannelRole,
        StateRole,
        MessageIdRole,
        HasImageRole,
        RetractableRole,
        // What the bubble delegate paints, each part on its own:
        BodyRole,        // the words, or why they are gone
        AuthorRole,      // "Dana Reyes, Nurse" on staff messages and notes; empty for the patient
        TimeRole,        // in the user's locale ("8:07 AM", "8:07")
        DayRole,         // the local day (QDate)
        DayStartsRole,   // the first message of its day: a separator goes above it
        StatusRole,      // "✓✓ Read", "Sending…", "⚠ Not delivered: …"; empty for the patient's
        AttachmentRole,  // "results.pdf · 120 KB", with its download state
        QuickRepliesRole,// the buttons the patient was offered (QStringList)
        ToneRole,        // theme::Tone as int
        InitialsRole,    // the patient's initials for the avatar
        RunContinuesRole,// the patient's next message follows on the same day: one avatar, under the last
        ChannelLabelRole,// "WhatsApp", "Secure portal", "Internal note"
        HiddenRole,      // retracted or removed at the end of retention
    };
    static constexpr int ThumbnailSize = 240;

    explicit ThreadModel(client::InboxService &inbox, QObject *parent = nullptr);

    void setConversation(std::int64_t conversationId);
    std::int64_t conversationId() const { return m_conversationId; }
    // Reads the thread again and tells the view only what changed: rows added
    // above (older messages), rows added or replaced at the end (new ones, a reply
    // leaving the outbox), the rest repainted in place. A new conversation resets.
    void reload();
    // The row of a stored message (-1: not shown).
    int rowOfMessage(std::int64_t messageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // How far an outbound message got ("✓✓ Read", "Sending…"); empty for inbound.
    static QString deliveryStatus(const model::Message &message);
    // "Document: results.pdf · 120 KB" and where its download stands.
    static QString attachmentLabel(const model::Message &message);
    // The words a person reads for a message that is not plain text.
    static QString bodyText(const model::Message &message);

    // The full image of a message, from the encrypted cache (null if not there).
    QImage image(std::int64_t messageId) const;

private:
    void loadThumbnails();
    QString author(const model::Message &message) const;
    bool startsDay(int row) const;
    bool patientRunContinues(int row) const;
    QList<model::Message> read() const;

    client::InboxService &m_inbox;
    QHash<std::int64_t, QPixmap> m_thumbnails;
    std::int64_t m_conversationId = 0;
    QString m_patientInitials;
    QList<model::Message> m_messages;
};

} // namespace cb::ui
