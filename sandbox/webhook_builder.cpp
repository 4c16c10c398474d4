#include "sandbox/webhook_builder.h"

#include <QJsonArray>

namespace cb::sandbox {

WebhookBuilder::WebhookBuilder(QString businessAccountId, QString phoneNumberId, QString displayPhoneNumber)
    : m_businessAccountId(std::move(businessAccountId)), m_phoneNumberId(std::move(phoneNumberId)),
      m_displayPhoneNumber(std::move(displayPhoneNumber))
{
}

QJsonObject WebhookBuilder::metadata() const
{
    return {{QStringLiteral("display_phone_number"), m_displayPhoneNumber}, {QStringLiteral("phone_number_id"), m_phoneNumberId}};
}

QJsonObject WebhookBuilder::messagesValue(const Patient &patient, const QList<QJsonObject> &messages) const
{
    QJsonObject contact{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), patient.name}}},
                        {QStringLiteral("wa_id"), patient.waId}};
    if (!patient.userId.isEmpty()) {
        contact.insert(QStringLiteral("user_id"), patient.userId);
    }
    QJsonArray list;
    for (const QJsonObject &message : messages) {
        list.append(message);
    }
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"), metadata()},
            {QStringLiteral("contacts"), QJsonArray{contact}},
            {QStringLiteral("messages"), list}};
}

QJsonObject WebhookBuilder::statusesValue(const QList<QJsonObject> &statuses) const
{
    QJsonArray list;
    for (const QJsonObject &status : statuses) {
        list.append(status);
    }
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"), metadata()},
            {QStringLiteral("statuses"), list}};
}

QJsonObject WebhookBuilder::delivery(const QList<QJsonObject> &values) const
{
    QJsonArray entries;
    for (const QJsonObject &value : values) {
        entries.append(QJsonObject{
            {QStringLiteral("id"), m_businessAccountId},
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}}}}});
    }
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")}, {QStringLiteral("entry"), entries}};
}

QJsonObject WebhookBuilder::textMessage(const QString &from, const QString &wamid, qint64 timestampSeconds, const QString &text)
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QString::number(timestampSeconds)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
}

QJsonObject WebhookBuilder::mediaMessage(const QString &from, const QString &wamid, qint64 timestampSeconds,
                                         const QString &type, const QString &mediaId, const QString &mimeType,
                                         const QString &sha256Base64, const QString &caption, const QString &filename)
{
    QJsonObject media{{QStringLiteral("mime_type"), mimeType}, {QStringLiteral("sha256"), sha256Base64}, {QStringLiteral("id"), mediaId}};
    if (!caption.isEmpty()) {
        media.insert(QStringLiteral("caption"), caption);
    }
    if (!filename.isEmpty()) {
        media.insert(QStringLiteral("filename"), filename);
    }
    return {{QStringLiteral("from"), from},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QString::number(timestampSeconds)},
            {QStringLiteral("type"), type},
            {type, media}};
}

QJsonObject WebhookBuilder::status(const QString &wamid, const QString &state, qint64 timestampSeconds,
                                   const QString &recipient, const QString &callbackData, int errorCode,
                                   const QString &errorTitle, const QString &errorDetails)
{
    QJsonObject status{{QStringLiteral("id"), wamid},
                       {QStringLiteral("status"), state},
                       {QStringLiteral("timestamp"), QString::number(timestampSeconds)},
                       {QStringLiteral("recipient_id"), recipient}};
    if (!callbackData.isEmpty()) {
        status.insert(QStringLiteral("biz_opaque_callback_data"), callbackData);
    }
    if (state != QLatin1String("failed")) {
        status.insert(QStringLiteral("conversation"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("CONVERSATION_ID")},
                                  {QStringLiteral("origin"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")}}}});
        status.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("billable"), false},
                                                            {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                            {QStringLiteral("category"), QStringLiteral("service")}});
    } else {
        status.insert(QStringLiteral("errors"),
                      QJsonArray{QJsonObject{{QStringLiteral("code"), errorCode},
                                             {QStringLiteral("title"), errorTitle},
                                             {QStringLiteral("message"), errorTitle},
                                             {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), errorDetails}}},
                                             {QStringLiteral("href"), QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/")}}});
    }
    return status;
}

} // namespace cb::sandbox
