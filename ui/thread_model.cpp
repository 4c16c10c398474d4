#include "ui/thread_model.h"

#include "client/inbox_service.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace cb::ui {

ThreadModel::ThreadModel(client::InboxService &inbox, QObject *parent) : QAbstractListModel(parent), m_inbox(inbox) {}

void ThreadModel::setConversation(std::int64_t conversationId)
{
    m_conversationId = conversationId;
    reload();
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
            pending.channel = item.request.value(QStringLiteral("kind")) == QLatin1String("note") ? model::Channel::Note
                                                                                                  : model::Channel::WhatsApp;
            pending.body = item.request.value(QStringLiteral("text")).toString();
            pending.kind = item.request.value(QStringLiteral("kind")).toString();
            pending.state = model::DeliveryState::Queued;
            pending.clientId = item.clientId;
            m_messages.append(pending);
        }
    }
    endResetModel();
}

QString ThreadModel::statusLine(const model::Message &message)
{
    const QString time = message.sentAtMs > 0
                             ? QDateTime::fromMSecsSinceEpoch(message.sentAtMs).toString(QStringLiteral("ddd HH:mm"))
                             : tr("not sent yet");
    if (message.channel == model::Channel::Note) {
        return tr("Internal note · %1").arg(time);
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
        QString body = message.body;
        if (message.kind == QLatin1String("image") || message.kind == QLatin1String("document") ||
            message.kind == QLatin1String("audio") || message.kind == QLatin1String("video")) {
            const QString name = message.content.value(QStringLiteral("filename")).toString();
            body = tr("[%1 attachment%2] %3").arg(message.kind, name.isEmpty() ? QString() : QStringLiteral(": ") + name, body);
        } else if (message.kind == QLatin1String("location")) {
            body = tr("[location] %1").arg(body);
        } else if (message.kind == QLatin1String("reaction")) {
            body = tr("[reaction] %1").arg(body);
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
        return QBrush(outbound ? QColor(0xdc, 0xf2, 0xe4) : QColor(0xee, 0xf0, 0xf3));
    case OutboundRole: return outbound;
    case ChannelRole: return QLatin1String(model::channelName(message.channel));
    case StateRole: return QLatin1String(model::deliveryStateName(message.state));
    default: return {};
    }
}

} // namespace cb::ui
