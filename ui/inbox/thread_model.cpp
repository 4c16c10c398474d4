#include "ui/inbox/thread_model.h"

#include "client/inbox/inbox_service.h"
#include "ui/inbox/image_decoding.h"
#include "ui/inbox/message_words.h"
#include "ui/shell/theme.h"

#include <QBuffer>
#include <QLocale>
#include <QDateTime>

namespace cb::ui {

ThreadModel::ThreadModel(client::InboxService &inbox, QObject *parent) : QAbstractListModel(parent), m_inbox(inbox)
{
    // Authors' names arrive with the colleague directory, maybe after the thread.
    connect(&m_inbox, &client::InboxService::colleaguesChanged, this, [this] {
        if (!m_messages.isEmpty()) {
            emit dataChanged(index(0), index(int(m_messages.size()) - 1));
        }
    });
}

namespace {
// "Maria José Pérez" → "MP"; a number or nothing → "#".
QString initialsOf(const QString &name)
{
    QString initials;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.front().isLetter() && (initials.isEmpty() || &word == &words.last())) {
            initials += word.front().toUpper();
        }
    }
    return initials.isEmpty() ? QStringLiteral("#") : initials;
}

QDateTime localTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}
} // namespace

void ThreadModel::setConversation(std::int64_t conversationId)
{
    m_conversationId = conversationId;
    m_thumbnails.clear();
    const auto conversation = m_inbox.cache() && conversationId != 0 ? m_inbox.cache()->conversation(conversationId) : std::nullopt;
    m_patientInitials = initialsOf(conversation ? conversation->contact.profileName : QString());
    reload();
}

namespace {
bool isImage(const model::Message &message)
{
    return message.kind == QLatin1String("image") || message.kind == QLatin1String("sticker");
}
} // namespace

QImage ThreadModel::image(std::int64_t messageId) const
{
    const auto media = m_inbox.cache() ? m_inbox.cache()->media(messageId) : std::nullopt;
    return media ? ImageDecoding::decode(media->data, media->mimeType) : QImage();
}

// Thumbnails come from the encrypted cache, decoded at their shown size (cheap
// for JPEG); what is not cached yet is asked for and arrives with mediaReady.
void ThreadModel::loadThumbnails()
{
    if (!m_inbox.cache()) {
        return;
    }
    for (const model::Message &message : std::as_const(m_messages)) {
        if (!isImage(message) || m_thumbnails.contains(message.id) ||
            message.content.value(QStringLiteral("media_state")) != QLatin1String("stored")) {
            continue;
        }
        const auto media = m_inbox.cache()->media(message.id);
        if (!media) {
            m_inbox.fetchMedia(m_conversationId, message.id);
            continue;
        }
        const QImage thumbnail = ImageDecoding::decode(media->data, media->mimeType, QSize(ThumbnailSize, ThumbnailSize));
        if (!thumbnail.isNull()) {
            m_thumbnails.insert(message.id, QPixmap::fromImage(thumbnail));
        }
    }
}

namespace {
// What a row stands for across reloads: a stored message, or a reply in the outbox.
QString rowKey(const model::Message &message)
{
    return message.id > 0 ? QString::number(message.id) : QLatin1Char('p') + message.clientId;
}
} // namespace

int ThreadModel::rowOfMessage(std::int64_t messageId) const
{
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).id == messageId) {
            return row;
        }
    }
    return -1;
}

void ThreadModel::reload()
{
    QList<model::Message> fresh = read();
    qsizetype prepended = -1; // where the old first row is now
    if (!m_messages.isEmpty()) {
        const QString first = rowKey(m_messages.first());
        for (qsizetype row = 0; row < fresh.size() && prepended < 0; ++row) {
            prepended = rowKey(fresh.at(row)) == first ? row : -1;
        }
    }
    if (prepended < 0) {
        beginResetModel();
        m_messages = std::move(fresh);
        loadThumbnails();
        endResetModel();
        return;
    }
    // The rows that stay: from the old first row on, as long as they match in order.
    qsizetype kept = 0;
    while (kept < m_messages.size() && prepended + kept < fresh.size() &&
           rowKey(m_messages.at(kept)) == rowKey(fresh.at(prepended + kept))) {
        ++kept;
    }
    if (const qsizetype gone = m_messages.size() - kept; gone > 0) { // a reply left the outbox, say
        beginRemoveRows({}, int(kept), int(m_messages.size() - 1));
        m_messages.remove(kept, gone);
        endRemoveRows();
    }
    if (prepended > 0) {
        beginInsertRows({}, 0, int(prepended - 1));
        m_messages = fresh.mid(0, prepended) + m_messages;
        endInsertRows();
    }
    for (qsizetype row = prepended; row < prepended + kept; ++row) {
        m_messages[row] = fresh.at(row); // ticks, downloads, retractions
    }
    if (fresh.size() > m_messages.size()) {
        beginInsertRows({}, int(m_messages.size()), int(fresh.size() - 1));
        m_messages += fresh.mid(m_messages.size());
        endInsertRows();
    }
    loadThumbnails();
    // Repainted in place (and the old first row's day separator may go).
    emit dataChanged(index(int(prepended)), index(int(prepended + kept - 1)));
}

QList<model::Message> ThreadModel::read() const
{
    QList<model::Message> messages;
    if (m_inbox.cache() && m_conversationId != 0) {
        messages = m_inbox.cache()->messages(m_conversationId);
        for (const auto &item : m_inbox.pending(m_conversationId)) {
            model::Message pending;
            pending.conversationId = m_conversationId;
            pending.direction = model::Direction::Outbound;
            const QString kind = item.request.value(QStringLiteral("kind")).toString();
            pending.channel = kind == QLatin1String("note")     ? model::Channel::Note
                              : kind == QLatin1String("portal") ? model::Channel::Portal
                                                                : model::Channel::WhatsApp;
            pending.body = item.request.value(QStringLiteral("text")).toString();
            pending.kind = kind == QLatin1String("portal") ? QStringLiteral("text") : kind;
            pending.state = model::DeliveryState::Queued;
            pending.clientId = item.clientId;
            messages.append(pending);
        }
    }
    return messages;
}

QString ThreadModel::attachmentLabel(const model::Message &message)
{
    QStringList parts;
    const QString name = message.content.value(QStringLiteral("filename")).toString();
    const QString kind = MessageWords::attachmentKind(message.kind);
    parts.append(!name.isEmpty() ? name : !kind.isEmpty() ? kind : tr("Attachment"));
    const qint64 size = message.content.value(QStringLiteral("size")).toInteger();
    if (size > 0) {
        parts.append(QLocale().formattedDataSize(size));
    }
    const QString state = message.content.value(QStringLiteral("media_state")).toString();
    if (state == QLatin1String("failed")) {
        parts.append(tr("could not be downloaded from WhatsApp"));
    } else if (state == QLatin1String("pending")) {
        parts.append(tr("downloading…"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ThreadModel::bodyText(const model::Message &message)
{
    if (message.kind == QLatin1String("location")) {
        return tr("Shared a location: %1").arg(message.body);
    }
    if (message.kind == QLatin1String("reaction")) {
        return tr("Reacted %1").arg(message.body);
    }
    if (message.kind == QLatin1String("secure_message")) { // minimum necessary: the words stay with the care team
        return message.direction == model::Direction::Inbound ? tr("Secure message from the patient")
                                                              : tr("Secure message from the care team");
    }
    if (message.kind == QLatin1String("portal_link")) {
        return tr("Secure portal link sent to the patient");
    }
    if (message.kind == QLatin1String("portal_nudge")) {
        return tr("New secure message notice with a fresh link sent to the patient");
    }
    if (message.kind == QLatin1String("portal_code")) {
        return tr("Verification code for the secure portal sent to the patient");
    }
    if (message.kind == QLatin1String("unsupported")) {
        return tr("A kind of message Carebridge cannot show: open WhatsApp Manager to see it");
    }
    return message.body;
}

QString ThreadModel::deliveryStatus(const model::Message &message)
{
    if (message.direction == model::Direction::Inbound || message.channel == model::Channel::Note) {
        return message.sentAtMs > 0 ? QString() : tr("Saving…");
    }
    // Secure portal messages never travel on WhatsApp: they are in the portal once
    // stored, and read once the patient's portal page has shown them.
    if (message.channel == model::Channel::Portal) {
        switch (message.state) {
        case model::DeliveryState::Queued:
        case model::DeliveryState::Sending: return tr("Sending…");
        case model::DeliveryState::Read: return tr("✓✓ Read in the portal");
        default: return tr("✓ In the portal");
        }
    }
    switch (message.state) {
    case model::DeliveryState::Queued:
    case model::DeliveryState::Sending: return tr("Sending…");
    case model::DeliveryState::Sent: return tr("✓ Sent");
    case model::DeliveryState::Delivered: return tr("✓✓ Delivered");
    case model::DeliveryState::Read: return tr("✓✓ Read");
    case model::DeliveryState::Failed:
        return tr("⚠ Not delivered: %1").arg(message.failureReason.isEmpty() ? message.failureCode : message.failureReason);
    case model::DeliveryState::Received: break;
    }
    return {};
}

QString ThreadModel::author(const model::Message &message) const
{
    if (message.direction == model::Direction::Inbound && message.channel != model::Channel::Note) {
        return {};
    }
    // Still in this workstation's outbox: ours.
    const std::int64_t authorId = message.id == 0 ? m_inbox.myId() : message.authorId;
    if (const client::Colleague *person = m_inbox.colleague(authorId)) {
        return person->signature();
    }
    if (authorId == 0) {
        return tr("Sent automatically by Carebridge"); // portal links, codes and notices
    }
    return authorId == m_inbox.myId() ? tr("You") : tr("A colleague"); // before the directory arrived

}

bool ThreadModel::startsDay(int row) const
{
    if (row == 0) {
        return true;
    }
    const auto dayOf = [](const model::Message &message) {
        return message.sentAtMs > 0 ? localTime(message.sentAtMs).date() : QDate::currentDate();
    };
    return dayOf(m_messages[row]) != dayOf(m_messages[row - 1]);
}

bool ThreadModel::patientRunContinues(int row) const
{
    const auto fromPatient = [this](int at) {
        return at < m_messages.size() && m_messages[at].direction == model::Direction::Inbound &&
               m_messages[at].channel != model::Channel::Note;
    };
    return fromPatient(row) && fromPatient(row + 1) && !startsDay(row + 1);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size()) {
        return {};
    }
    const model::Message &message = m_messages[index.row()];
    const bool outbound = message.direction == model::Direction::Outbound;
    const bool attachment = message.kind == QLatin1String("image") || message.kind == QLatin1String("document") ||
                            message.kind == QLatin1String("audio") || message.kind == QLatin1String("video") ||
                            message.kind == QLatin1String("sticker");
    switch (role) {
    case Qt::DisplayRole: {
        // What a screen reader says for the row: who, what, when, how far it got.
        QStringList parts;
        const QString who = author(message);
        parts.append((who.isEmpty() ? tr("Patient") : who) + QLatin1Char(':'));
        parts.append(data(index, BodyRole).toString());
        if (attachment && !message.hidden()) {
            parts.append(attachmentLabel(message));
        }
        const QStringList buttons = data(index, QuickRepliesRole).toStringList();
        if (!buttons.isEmpty()) {
            parts.append(tr("Buttons: %1").arg(buttons.join(QStringLiteral(", "))));
        }
        parts.append(data(index, ChannelLabelRole).toString());
        parts.append(data(index, TimeRole).toString());
        parts.append(deliveryStatus(message));
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    }
    case BodyRole: return message.hidden() ? m_inbox.hiddenLabel(message) : bodyText(message);
    case HiddenRole: return message.hidden();
    case AuthorRole: return author(message);
    case TimeRole:
        return message.sentAtMs > 0 ? QLocale().toString(localTime(message.sentAtMs).time(), QLocale::ShortFormat) : QString();
    case DayRole: return message.sentAtMs > 0 ? localTime(message.sentAtMs).date() : QDate::currentDate();
    case DayStartsRole: return startsDay(index.row());
    case StatusRole: return deliveryStatus(message);
    case AttachmentRole: return attachment && !message.hidden() ? attachmentLabel(message) : QString();
    case QuickRepliesRole:
        return message.kind == QLatin1String("buttons") && !message.hidden()
                   ? message.content.value(QStringLiteral("buttons")).toVariant().toStringList()
                   : QStringList();
    case ToneRole: {
        if (message.channel == model::Channel::Note) {
            return int(theme::Tone::Note);
        }
        if (message.state == model::DeliveryState::Failed) {
            return int(theme::Tone::Problem);
        }
        if (!outbound) {
            return int(theme::Tone::Patient);
        }
        return int(message.channel == model::Channel::Portal ? theme::Tone::Portal : theme::Tone::Staff);
    }
    case InitialsRole: return m_patientInitials;
    case RunContinuesRole: return patientRunContinues(index.row());
    case ChannelLabelRole:
        return message.channel == model::Channel::Note     ? tr("Internal note")
               : message.channel == model::Channel::Portal ? tr("Secure portal")
                                                           : tr("WhatsApp");
    case Qt::DecorationRole: return m_thumbnails.value(message.id);
    case Qt::ToolTipRole: return m_thumbnails.contains(message.id) ? tr("Double-click or press Enter to see the photo full size") : QVariant();
    case MessageIdRole: return qint64(message.id);
    // Staff messages the server has stored; patients' own words are never retracted.
    case RetractableRole: return message.id > 0 && outbound && !message.hidden();
    case HasImageRole: return m_thumbnails.contains(message.id);
    case OutboundRole: return outbound;
    case ChannelRole: return QLatin1String(model::channelName(message.channel));
    case StateRole: return QLatin1String(model::deliveryStateName(message.state));
    default: return {};
    }
}

} // namespace cb::ui
