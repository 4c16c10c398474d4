#include "core/whatsapp/webhook_payload.h"

#include "core/whatsapp/media_type.h"

#include "core/api/json_text.h"

#include <QJsonArray>

namespace cb::whatsapp {

namespace {
// Meta sends Unix seconds as a string. Anything outside 1970..3000 is not a
// time (and seconds * 1000 must not overflow: found by fuzz/fuzz_webhook).
qint64 timestampMs(const QJsonObject &object)
{
    constexpr qint64 Year3000 = 32'503'680'000;
    bool ok = false;
    const qint64 seconds = api::jsonText(object, "timestamp").toLongLong(&ok);
    return ok && seconds >= 0 && seconds <= Year3000 ? seconds * 1000 : 0;
}

bool isMediaKind(const QString &kind)
{
    static const QStringList media{QStringLiteral("image"), QStringLiteral("document"), QStringLiteral("audio"),
                                   QStringLiteral("video"), QStringLiteral("sticker")};
    return media.contains(kind);
}

void readMedia(const QJsonObject &media, InboundMessage &message)
{
    // Only a canonical, allow-listed type goes on (empty: not one we keep).
    message.content = {{QStringLiteral("media_id"), media.value(QStringLiteral("id"))},
                       {QStringLiteral("mime_type"),
                        canonicalMediaType(media.value(QStringLiteral("mime_type")).toString()).value_or(QString())},
                       {QStringLiteral("sha256"), media.value(QStringLiteral("sha256"))}};
    if (media.contains(QStringLiteral("filename"))) {
        message.content.insert(QStringLiteral("filename"), media.value(QStringLiteral("filename")));
    }
    if (media.contains(QStringLiteral("voice"))) {
        message.content.insert(QStringLiteral("voice"), media.value(QStringLiteral("voice")));
    }
    message.body = api::jsonText(media, "caption");
}

void readInteractive(const QJsonObject &interactive, InboundMessage &message)
{
    const QString type = api::jsonText(interactive, "type");
    if (type != QLatin1String("button_reply") && type != QLatin1String("list_reply")) {
        message.kind = QStringLiteral("unsupported");
        return;
    }
    const QJsonObject reply = api::jsonObject(interactive, type.toLatin1().constData());
    message.kind = QStringLiteral("interactive_reply");
    message.body = api::jsonText(reply, "title");
    message.content = {{QStringLiteral("reply_type"), type}, {QStringLiteral("reply_id"), api::jsonText(reply, "id")}};
    if (reply.contains(QStringLiteral("description"))) {
        message.content.insert(QStringLiteral("description"), api::jsonText(reply, "description"));
    }
}

QString contactsSummary(const QJsonArray &contacts)
{
    QStringList names;
    for (const QJsonValue &contact : contacts) {
        names << api::jsonText(api::jsonObject(contact.toObject(), "name"), "formatted_name");
    }
    return names.join(QStringLiteral(", "));
}

// Fills kind, body and content for one message object.
void readContent(const QJsonObject &raw, InboundMessage &message)
{
    const QString type = api::jsonText(raw, "type");
    message.kind = type;
    if (type == QLatin1String("text")) {
        message.body = api::jsonText(api::jsonObject(raw, "text"), "body");
    } else if (type == QLatin1String("interactive")) {
        readInteractive(api::jsonObject(raw, "interactive"), message);
    } else if (type == QLatin1String("button")) {
        const QJsonObject button = api::jsonObject(raw, "button");
        message.kind = QStringLiteral("button_reply");
        message.body = api::jsonText(button, "text");
        message.content = {{QStringLiteral("payload"), api::jsonText(button, "payload")}};
    } else if (isMediaKind(type)) {
        readMedia(api::jsonObject(raw, type.toLatin1().constData()), message);
    } else if (type == QLatin1String("location")) {
        const QJsonObject location = api::jsonObject(raw, "location");
        message.content = location;
        const QString label = QStringList{api::jsonText(location, "name"), api::jsonText(location, "address")}.join(QStringLiteral(" ")).trimmed();
        message.body = label;
    } else if (type == QLatin1String("contacts")) {
        const QJsonArray contacts = raw.value(QStringLiteral("contacts")).toArray();
        message.content = {{QStringLiteral("contacts"), contacts}};
        message.body = contactsSummary(contacts);
    } else if (type == QLatin1String("reaction")) {
        const QJsonObject reaction = api::jsonObject(raw, "reaction");
        message.body = api::jsonText(reaction, "emoji");
        message.content = {{QStringLiteral("message_id"), api::jsonText(reaction, "message_id")}};
    } else if (type == QLatin1String("system")) {
        const QJsonObject system = api::jsonObject(raw, "system");
        message.body = api::jsonText(system, "body");
        message.content = system;
    } else {
        message.kind = QStringLiteral("unsupported");
    }
    if (message.kind == QLatin1String("unsupported")) {
        // Keep what Meta sent, so a later version can render it.
        message.content = {{QStringLiteral("original_type"), type}, {QStringLiteral("raw"), raw}};
    }
}

std::optional<model::DeliveryState> statusState(const QString &status)
{
    if (status == QLatin1String("sent")) return model::DeliveryState::Sent;
    if (status == QLatin1String("delivered")) return model::DeliveryState::Delivered;
    if (status == QLatin1String("read")) return model::DeliveryState::Read;
    if (status == QLatin1String("failed")) return model::DeliveryState::Failed;
    return std::nullopt;
}

// A delivery with one change whose value holds only `part` under `key`.
QJsonObject envelopeOf(const QJsonObject &value, const char *key, const QJsonValue &part, const QJsonObject &profile = {})
{
    QJsonObject single{{QStringLiteral("messaging_product"), value.value(QStringLiteral("messaging_product"))},
                       {QStringLiteral("metadata"), value.value(QStringLiteral("metadata"))},
                       {QLatin1String(key), QJsonArray{part}}};
    if (!profile.isEmpty()) {
        single.insert(QStringLiteral("contacts"), QJsonArray{profile});
    }
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), single}}}}}}}};
}

// The whole of something we could not place, wrapped so it can be read back.
QJsonObject rawEnvelope(const QJsonValue &raw)
{
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")}, {QStringLiteral("unreadable"), raw}};
}

void readValue(const QJsonObject &value, WebhookDelivery &delivery)
{
    const QString phoneNumberId = api::jsonText(api::jsonObject(value, "metadata"), "phone_number_id");
    // The sender's profile travels in contacts[], matched by wa_id.
    QHash<QString, QJsonObject> profiles;
    for (const QJsonValue &contact : value.value(QStringLiteral("contacts")).toArray()) {
        profiles.insert(api::jsonText(contact.toObject(), "wa_id"), contact.toObject());
    }
    if (phoneNumberId.isEmpty()) {
        delivery.unreadable.append({QStringLiteral("no_phone_number_id"), rawEnvelope(value)});
        return;
    }
    const QJsonValue messages = value.value(QStringLiteral("messages"));
    const QJsonValue statuses = value.value(QStringLiteral("statuses"));
    if ((!messages.isUndefined() && !messages.isArray()) || (!statuses.isUndefined() && !statuses.isArray())) {
        delivery.unreadable.append({QStringLiteral("malformed_value"), rawEnvelope(value)});
        return;
    }
    for (const QJsonValue &item : messages.toArray()) {
        const QJsonObject raw = item.toObject();
        InboundMessage message;
        message.phoneNumberId = phoneNumberId;
        message.waId = api::jsonText(raw, "from");
        message.wamid = api::jsonText(raw, "id");
        message.timestampMs = timestampMs(raw);
        const QJsonObject profile = profiles.value(message.waId);
        message.envelope = envelopeOf(value, "messages", item, profile);
        if (!item.isObject() || message.waId.isEmpty() || message.wamid.isEmpty()) {
            delivery.unreadable.append({QStringLiteral("message_without_sender_or_id"), message.envelope});
            continue;
        }
        message.profileName = api::jsonText(api::jsonObject(profile, "profile"), "name");
        message.userId = api::jsonText(profile, "user_id");
        if (message.userId.isEmpty()) {
            message.userId = api::jsonText(raw, "from_user_id");
        }
        message.contextWamid = api::jsonText(api::jsonObject(raw, "context"), "id");
        readContent(raw, message);
        delivery.messages.append(message);
    }
    for (const QJsonValue &item : statuses.toArray()) {
        const QJsonObject raw = item.toObject();
        const auto state = statusState(api::jsonText(raw, "status"));
        if (!state || api::jsonText(raw, "id").isEmpty()) {
            delivery.unreadable.append({QStringLiteral("unknown_status"), envelopeOf(value, "statuses", item)});
            continue;
        }
        StatusUpdate status{api::jsonText(raw, "id"), *state, timestampMs(raw), api::jsonText(raw, "recipient_id"),
                            api::jsonText(raw, "biz_opaque_callback_data"), 0, {}, phoneNumberId,
                            envelopeOf(value, "statuses", item)};
        const QJsonObject error = raw.value(QStringLiteral("errors")).toArray().first().toObject();
        status.errorCode = error.value(QStringLiteral("code")).toInt();
        status.errorTitle = api::jsonText(error, "title");
        if (const QString details = api::jsonText(api::jsonObject(error, "error_data"), "details"); !details.isEmpty()) {
            status.errorTitle = details;
        }
        delivery.statuses.append(status);
    }
}
} // namespace

std::optional<WebhookDelivery> parseWebhook(const QJsonObject &body)
{
    if (api::jsonText(body, "object") != QLatin1String("whatsapp_business_account")) {
        return std::nullopt;
    }
    WebhookDelivery delivery;
    const QJsonValue entries = body.value(QStringLiteral("entry"));
    if (!entries.isArray()) {
        delivery.unreadable.append({QStringLiteral("entry_not_a_list"), rawEnvelope(body)});
        return delivery;
    }
    for (const QJsonValue &entry : entries.toArray()) {
        const QJsonValue changes = entry.toObject().value(QStringLiteral("changes"));
        if (!entry.isObject() || !changes.isArray()) {
            delivery.unreadable.append({QStringLiteral("malformed_entry"), rawEnvelope(entry)});
            continue;
        }
        for (const QJsonValue &change : changes.toArray()) {
            const QJsonObject changeObject = change.toObject();
            if (!change.isObject()) {
                delivery.unreadable.append({QStringLiteral("malformed_change"), rawEnvelope(change)});
                continue;
            }
            if (api::jsonText(changeObject, "field") != QLatin1String("messages")) {
                ++delivery.ignoredChanges;
                continue;
            }
            const QJsonValue value = changeObject.value(QStringLiteral("value"));
            if (!value.isObject()) {
                delivery.unreadable.append({QStringLiteral("malformed_change"), rawEnvelope(change)});
                continue;
            }
            readValue(value.toObject(), delivery);
        }
    }
    return delivery;
}

} // namespace cb::whatsapp
