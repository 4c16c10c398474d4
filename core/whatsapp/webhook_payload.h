#pragma once

#include "core/model/message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cb::whatsapp {

// A patient's message as a webhook delivers it, in our terms. Every type Meta
// sends becomes one; a type we do not render keeps kind "unsupported" and its
// raw JSON, so nothing is dropped.
struct InboundMessage
{
    QString phoneNumberId;  // the business number it was sent to
    QString waId;           // the sender's WhatsApp id (phone)
    QString userId;         // business-scoped user id, when present
    QString profileName;
    QString wamid;
    qint64 timestampMs = 0;
    QString kind;
    QString body;
    QJsonObject content;    // media id/mime/sha256/filename, coordinates, reply ids…
    QString contextWamid;   // the message this one replies to
    QJsonObject envelope;   // a one-message delivery with just this message (for a dead letter)
};

// A status webhook for one of our outbound messages.
struct StatusUpdate
{
    QString wamid;
    model::DeliveryState state = model::DeliveryState::Sent;
    qint64 timestampMs = 0;
    QString recipientWaId;
    QString clientId;       // our client id, echoed back as biz_opaque_callback_data
    int errorCode = 0;
    QString errorTitle;     // Meta's words when the state is failed
    QString phoneNumberId;  // the business number it belongs to
    QJsonObject envelope;   // a one-status delivery with just this status (for a dead letter)
};

// A part of a signed delivery that we could not read. It is kept as a dead
// letter, never dropped: a later version may know what to do with it.
struct UnreadablePart
{
    QString reason;
    QJsonObject envelope;   // a delivery holding just that part, to re-process later
};

// Everything one POST carried: all entries, all changes, all messages and statuses.
struct WebhookDelivery
{
    QList<InboundMessage> messages;
    QList<StatusUpdate> statuses;
    QList<UnreadablePart> unreadable;
    int ignoredChanges = 0; // fields other than "messages" (account updates…)
};

// Parses a webhook body. nullopt when it is not a WhatsApp Business Account
// delivery at all; parts that cannot be read are listed in `unreadable`.
std::optional<WebhookDelivery> parseWebhook(const QJsonObject &body);

} // namespace cb::whatsapp
