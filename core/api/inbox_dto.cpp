#include "core/api/inbox_dto.h"

#include "core/api/json_text.h"

#include <QJsonArray>

namespace cb::api {

QJsonObject contactToJson(const model::Contact &contact)
{
    return {{QStringLiteral("id"), qint64(contact.id)},
            {QStringLiteral("wa_id"), contact.waId},
            {QStringLiteral("profile_name"), contact.profileName},
            {QStringLiteral("consent"), QLatin1String(model::consentBasisName(contact.consent))},
            {QStringLiteral("opted_out"), contact.optedOut},
            {QStringLiteral("proactive_opt_in"), contact.proactiveOptIn},
            {QStringLiteral("notice_sent"), contact.noticeSent},
            {QStringLiteral("language"), contact.language},
            {QStringLiteral("has_date_of_birth"), contact.hasDateOfBirth}};
}

std::optional<model::Contact> contactFromJson(const QJsonObject &json)
{
    const auto consent = model::consentBasisFromName(jsonText(json, "consent"));
    if (jsonInteger(json, "id") <= 0 || !consent) {
        return std::nullopt;
    }
    model::Contact contact;
    contact.id = jsonInteger(json, "id");
    contact.waId = jsonText(json, "wa_id");
    contact.profileName = jsonText(json, "profile_name");
    contact.consent = *consent;
    contact.optedOut = json.value(QStringLiteral("opted_out")).toBool();
    contact.proactiveOptIn = json.value(QStringLiteral("proactive_opt_in")).toBool();
    contact.noticeSent = json.value(QStringLiteral("notice_sent")).toBool();
    contact.language = jsonText(json, "language");
    contact.hasDateOfBirth = json.value(QStringLiteral("has_date_of_birth")).toBool();
    return contact;
}

QJsonObject conversationToJson(const model::Conversation &conversation)
{
    return {{QStringLiteral("id"), qint64(conversation.id)},
            {QStringLiteral("contact"), contactToJson(conversation.contact)},
            {QStringLiteral("status"), QLatin1String(model::conversationStatusName(conversation.status))},
            {QStringLiteral("assignee_id"), qint64(conversation.assigneeId)},
            {QStringLiteral("triage"), conversation.triage},
            {QStringLiteral("unread_count"), conversation.unreadCount},
            {QStringLiteral("preview"), conversation.preview},
            {QStringLiteral("preview_kind"), conversation.previewKind},
            {QStringLiteral("preview_channel"), conversation.previewChannel},
            {QStringLiteral("last_message_at_ms"), qint64(conversation.lastMessageAtMs)},
            {QStringLiteral("last_inbound_at_ms"), qint64(conversation.lastInboundAtMs)},
            {QStringLiteral("snoozed_until_ms"), qint64(conversation.snoozedUntilMs)},
            {QStringLiteral("updated_seq"), qint64(conversation.updatedSeq)},
            {QStringLiteral("portal"), QJsonObject{{QStringLiteral("state"), QLatin1String(model::portalStateName(conversation.portal.state))},
                                                   {QStringLiteral("state_at_ms"), qint64(conversation.portal.stateAtMs)},
                                                   {QStringLiteral("expires_at_ms"), qint64(conversation.portal.expiresAtMs)}}}};
}

std::optional<model::Conversation> conversationFromJson(const QJsonObject &json)
{
    const auto contact = contactFromJson(json.value(QStringLiteral("contact")).toObject());
    const auto status = model::conversationStatusFromName(jsonText(json, "status"));
    if (jsonInteger(json, "id") <= 0 || !contact || !status) {
        return std::nullopt;
    }
    model::Conversation conversation;
    conversation.id = jsonInteger(json, "id");
    conversation.contact = *contact;
    conversation.status = *status;
    conversation.assigneeId = jsonInteger(json, "assignee_id");
    conversation.triage = json.value(QStringLiteral("triage")).toBool();
    conversation.unreadCount = int(jsonInteger(json, "unread_count"));
    conversation.preview = jsonText(json, "preview");
    conversation.previewKind = jsonText(json, "preview_kind");
    conversation.previewChannel = jsonText(json, "preview_channel");
    conversation.lastMessageAtMs = jsonInteger(json, "last_message_at_ms");
    conversation.lastInboundAtMs = jsonInteger(json, "last_inbound_at_ms");
    conversation.snoozedUntilMs = jsonInteger(json, "snoozed_until_ms");
    conversation.updatedSeq = jsonInteger(json, "updated_seq");
    const QJsonObject portal = json.value(QStringLiteral("portal")).toObject();
    conversation.portal.state = model::portalStateFromName(jsonText(portal, "state"));
    conversation.portal.stateAtMs = jsonInteger(portal, "state_at_ms");
    conversation.portal.expiresAtMs = jsonInteger(portal, "expires_at_ms");
    return conversation;
}

QJsonObject messageToJson(const model::Message &message)
{
    QJsonObject json{{QStringLiteral("id"), qint64(message.id)},
            {QStringLiteral("conversation_id"), qint64(message.conversationId)},
            {QStringLiteral("channel"), QLatin1String(model::channelName(message.channel))},
            {QStringLiteral("direction"), message.direction == model::Direction::Inbound ? QStringLiteral("inbound")
                                                                                         : QStringLiteral("outbound")},
            {QStringLiteral("kind"), message.kind},
            {QStringLiteral("body"), message.body},
            {QStringLiteral("content"), message.content},
            {QStringLiteral("client_id"), message.clientId},
            {QStringLiteral("author_id"), qint64(message.authorId)},
            {QStringLiteral("state"), QLatin1String(model::deliveryStateName(message.state))},
            {QStringLiteral("failure_code"), message.failureCode},
            {QStringLiteral("failure_reason"), message.failureReason},
            {QStringLiteral("sent_at_ms"), qint64(message.sentAtMs)}};
    // Only when set, so a message's JSON is unchanged for everything else.
    if (message.retractedAtMs > 0) {
        json.insert(QStringLiteral("retracted_at_ms"), qint64(message.retractedAtMs));
        json.insert(QStringLiteral("retracted_by"), qint64(message.retractedBy));
    }
    if (message.purgedAtMs > 0) {
        json.insert(QStringLiteral("purged_at_ms"), qint64(message.purgedAtMs));
    }
    return json;
}

std::optional<model::Message> messageFromJson(const QJsonObject &json)
{
    const auto channel = model::channelFromName(jsonText(json, "channel"));
    const auto state = model::deliveryStateFromName(jsonText(json, "state"));
    const QString direction = jsonText(json, "direction");
    if (jsonInteger(json, "id") <= 0 || jsonInteger(json, "conversation_id") <= 0 || !channel || !state ||
        (direction != QLatin1String("inbound") && direction != QLatin1String("outbound"))) {
        return std::nullopt;
    }
    model::Message message;
    message.id = jsonInteger(json, "id");
    message.conversationId = jsonInteger(json, "conversation_id");
    message.channel = *channel;
    message.direction = direction == QLatin1String("inbound") ? model::Direction::Inbound : model::Direction::Outbound;
    message.kind = jsonText(json, "kind");
    message.body = jsonText(json, "body");
    message.content = json.value(QStringLiteral("content")).toObject();
    message.clientId = jsonText(json, "client_id");
    message.authorId = jsonInteger(json, "author_id");
    message.state = *state;
    message.failureCode = jsonText(json, "failure_code");
    message.failureReason = jsonText(json, "failure_reason");
    message.sentAtMs = jsonInteger(json, "sent_at_ms");
    message.retractedAtMs = jsonInteger(json, "retracted_at_ms");
    message.retractedBy = jsonInteger(json, "retracted_by");
    message.purgedAtMs = jsonInteger(json, "purged_at_ms");
    return message;
}

QJsonObject templateToJson(const model::MessageTemplate &templ)
{
    return {{QStringLiteral("name"), templ.name},
            {QStringLiteral("language"), templ.language},
            {QStringLiteral("title"), templ.title},
            {QStringLiteral("body"), templ.body},
            {QStringLiteral("parameters"), QJsonArray::fromStringList(templ.parameterLabels)}};
}

std::optional<model::MessageTemplate> templateFromJson(const QJsonObject &json)
{
    if (jsonText(json, "name").isEmpty() || jsonText(json, "language").isEmpty()) {
        return std::nullopt;
    }
    QStringList labels;
    for (const QJsonValue &label : json.value(QStringLiteral("parameters")).toArray()) {
        labels << label.toString();
    }
    return model::MessageTemplate{jsonText(json, "name"), jsonText(json, "language"), jsonText(json, "title"), jsonText(json, "body"),
                                  labels};
}

} // namespace cb::api
