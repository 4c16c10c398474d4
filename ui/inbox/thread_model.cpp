#include "ui/inbox/thread_model.h"

#include "client/inbox/inbox_service.h"
#include "ui/inbox/image_decoding.h"

#include <QBrush>
#include <QBuffer>
#include <QLocale>
#include <QColor>
#include <QDateTime>

namespace cb::ui {

ThreadModel::ThreadModel(client::InboxService &inbox, QObject *parent) : QAbstractListModel(parent), m_inbox(inbox) {}

void ThreadModel::setConversation(std::int64_t conversationId)
{
    m_conversationId = conversationId;
    m_thumbnails.clear();
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

void ThreadModel::reload()
{
    beginResetModel();
    m_messages.clear();
    if (m_inbox.cache() && m_conversationId != 0) {
        m_messages = m_inbox.cache()->messages(m_conversationId);
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
            m_messages.append(pending);
        }
    }
    loadThumbnails();
    endResetModel();
}

QString ThreadModel::attachmentLabel(const model::Message &message)
{
    static const QHash<QString, const char *> kinds{{QStringLiteral("image"), QT_TR_NOOP("Photo")},
                                                    {QStringLiteral("sticker"), QT_TR_NOOP("Sticker")},
                                                    {QStringLiteral("document"), QT_TR_NOOP("Document")},
                                                    {QStringLiteral("audio"), QT_TR_NOOP("Voice message or audio")},
                                                    {QStringLiteral("video"), QT_TR_NOOP("Video")}};
    QString label = tr(kinds.value(message.kind, QT_TR_NOOP("Attachment")));
    const QString name = message.content.value(QStringLiteral("filename")).toString();
    if (!name.isEmpty()) {
        label += QStringLiteral(": ") + name;
    }
    const qint64 size = message.content.value(QStringLiteral("size")).toInteger();
    if (size > 0) {
        label += QStringLiteral(" (") + QLocale().formattedDataSize(size) + QLatin1Char(')');
    }
    const QString state = message.content.value(QStringLiteral("media_state")).toString();
    if (state == QLatin1String("failed")) {
        label += QLatin1Char(' ') + tr("· could not be downloaded from WhatsApp");
    } else if (state == QLatin1String("pending")) {
        label += QLatin1Char(' ') + tr("· downloading…");
    }
    return QStringLiteral("[") + label + QLatin1Char(']');
}

QString ThreadModel::statusLine(const model::Message &message)
{
    const QString time = message.sentAtMs > 0
                             ? QDateTime::fromMSecsSinceEpoch(message.sentAtMs).toString(QStringLiteral("ddd HH:mm"))
                             : tr("not sent yet");
    if (message.channel == model::Channel::Note) {
        return tr("Internal note · %1").arg(time);
    }
    // The channel badge: secure portal messages never travelled on WhatsApp.
    if (message.channel == model::Channel::Portal) {
        if (message.direction == model::Direction::Inbound) {
            return tr("Secure portal · %1").arg(time);
        }
        return message.state == model::DeliveryState::Queued || message.state == model::DeliveryState::Sending
                   ? tr("Secure portal · %1 · sending…").arg(time)
                   : tr("Secure portal · %1 · ✓ in the portal").arg(time);
    }
    if (message.direction == model::Direction::Inbound) {
        return tr("WhatsApp · %1").arg(time);
    }
    switch (message.state) {
    case model::DeliveryState::Queued:
    case model::DeliveryState::Sending: return tr("WhatsApp · %1 · sending…").arg(time);
    case model::DeliveryState::Sent: return tr("WhatsApp · %1 · ✓ sent").arg(time);
    case model::DeliveryState::Delivered: return tr("WhatsApp · %1 · ✓✓ delivered").arg(time);
    case model::DeliveryState::Read: return tr("WhatsApp · %1 · ✓✓ read").arg(time);
    case model::DeliveryState::Failed:
        return tr("WhatsApp · %1 · ⚠ not delivered: %2").arg(time, message.failureReason.isEmpty() ? message.failureCode : message.failureReason);
    case model::DeliveryState::Received: break;
    }
    return time;
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
    switch (role) {
    case Qt::DisplayRole: {
        if (message.hidden()) {
            return m_inbox.hiddenLabel(message);
        }
        QString body = message.body;
        if (message.kind == QLatin1String("image") || message.kind == QLatin1String("document") ||
            message.kind == QLatin1String("audio") || message.kind == QLatin1String("video") ||
            message.kind == QLatin1String("sticker")) {
            body = attachmentLabel(message) + (body.isEmpty() ? QString() : QLatin1Char('\n') + body);
        } else if (message.kind == QLatin1String("location")) {
            body = tr("[location] %1").arg(body);
        } else if (message.kind == QLatin1String("reaction")) {
            body = tr("[reaction] %1").arg(body);
        } else if (message.kind == QLatin1String("buttons")) {
            const QStringList titles = message.content.value(QStringLiteral("buttons")).toVariant().toStringList();
            body += QLatin1Char('\n') + tr("[buttons: %1]").arg(titles.join(QStringLiteral(" · ")));
        } else if (message.kind == QLatin1String("portal_link")) {
            body = tr("[Secure portal link sent to the patient]");
        } else if (message.kind == QLatin1String("portal_nudge")) {
            body = tr("[New secure message notice with a fresh link sent to the patient]");
        } else if (message.kind == QLatin1String("portal_code")) {
            body = tr("[Verification code for the secure portal sent to the patient]");
        } else if (message.kind == QLatin1String("unsupported")) {
            body = tr("[unsupported message: open WhatsApp Manager to see it]");
        }
        return body + QLatin1Char('\n') + statusLine(message);
    }
    case Qt::TextAlignmentRole: return int(outbound ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    case Qt::BackgroundRole:
        if (message.channel == model::Channel::Note) {
            return QBrush(QColor(0xff, 0xf4, 0xc2)); // notes look different: they never leave
        }
        if (message.state == model::DeliveryState::Failed) {
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        }
        if (message.channel == model::Channel::Portal) {
            return QBrush(outbound ? QColor(0xd8, 0xec, 0xf0) : QColor(0xe6, 0xf0, 0xf7)); // the portal's teal
        }
        return QBrush(outbound ? QColor(0xdc, 0xf2, 0xe4) : QColor(0xee, 0xf0, 0xf3));
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
