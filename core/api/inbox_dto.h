#pragma once

#include "core/model/conversation.h"
#include "core/model/message.h"
#include "core/model/message_template.h"

#include <QJsonObject>

#include <optional>

namespace cb::api {

// The inbox part of the desktop<->server protocol: conversations, messages and
// templates, as REST bodies and as event-stream payloads. fromJson refuses
// anything malformed instead of guessing.

QJsonObject contactToJson(const model::Contact &contact);
std::optional<model::Contact> contactFromJson(const QJsonObject &json);

QJsonObject conversationToJson(const model::Conversation &conversation);
std::optional<model::Conversation> conversationFromJson(const QJsonObject &json);

QJsonObject messageToJson(const model::Message &message);
std::optional<model::Message> messageFromJson(const QJsonObject &json);

QJsonObject templateToJson(const model::MessageTemplate &templ);
std::optional<model::MessageTemplate> templateFromJson(const QJsonObject &json);

// Event kinds on /api/v1/events.
namespace event {
inline constexpr const char *ConversationChanged = "conversation.changed"; // payload: conversation
inline constexpr const char *MessageAdded = "message.added";               // payload: message (+ conversation)
inline constexpr const char *MessageChanged = "message.changed";           // payload: message
inline constexpr const char *WhatsAppConnection = "whatsapp.connection";   // payload: status, reason
inline constexpr const char *SessionEnded = "session.ended";               // payload: reason (never stored)
inline constexpr const char *DeadLetterAdded = "dead_letter.added";       // payload: id, reason (admins)
inline constexpr const char *MentionAdded = "mention.added";               // payload: conversation_id, message_id, by, at_ms (one person)
inline constexpr const char *MentionSeen = "mention.seen";                 // payload: conversation_id (one person)
} // namespace event

} // namespace cb::api
