#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::model {

// Where a message travelled. Notes never leave Carebridge.
enum class Channel { WhatsApp, Portal, Note };
enum class Direction { Inbound, Outbound };

// The life of a message. Inbound ones are Received; outbound ones move
// Queued → Sending → Sent → Delivered → Read, or end Failed with a reason.
enum class DeliveryState { Received, Queued, Sending, Sent, Delivered, Read, Failed };

const char *channelName(Channel channel);
std::optional<Channel> channelFromName(const QString &name);
const char *deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);

// How far along a delivery state is. A status update is applied only if it
// moves the message forward; Failed ends a message that was not yet delivered.
int deliveryRank(DeliveryState state);
bool deliveryMovesForward(DeliveryState from, DeliveryState to);

// One message of a conversation, on any channel.
struct Message
{
    std::int64_t id = 0;
    std::int64_t conversationId = 0;
    Channel channel = Channel::WhatsApp;
    Direction direction = Direction::Inbound;
    QString kind;          // text, image, document, audio, video, sticker, location, contacts,
                           // reaction, interactive_reply, button_reply, template, system, unsupported, note
    QString body;          // the text a person reads (caption, reply title, template text…)
    QJsonObject content;   // what the kind needs besides: media id/mime/filename, coordinates…
    QString externalId;    // WhatsApp's wamid
    QString clientId;      // set by the desktop that created it: retries never duplicate
    std::int64_t authorId = 0; // staff user for outbound and notes
    DeliveryState state = DeliveryState::Received;
    QString failureCode;   // stable code, e.g. "window_closed"
    QString failureReason; // Meta's words, for the person reading the thread
    std::int64_t sentAtMs = 0; // when the patient or staff sent it
    // Records: a retracted message is hidden (kept on the server for the record);
    // a purged one passed the retention period. Either way body and content are empty.
    std::int64_t retractedAtMs = 0;
    std::int64_t retractedBy = 0; // staff user
    std::int64_t purgedAtMs = 0;

    bool hidden() const { return retractedAtMs > 0 || purgedAtMs > 0; }
};

} // namespace cb::model
