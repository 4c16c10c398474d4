#include "core/whatsapp/send_request.h"

#include <QJsonArray>

namespace cb::whatsapp {

namespace {
QJsonObject envelope(const QString &to, const QString &type, const QString &clientId)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), to},
            {QStringLiteral("type"), type},
            {QStringLiteral("biz_opaque_callback_data"), clientId}};
}
} // namespace

QJsonObject textMessage(const QString &to, const QString &body, const QString &clientId)
{
    QJsonObject message = envelope(to, QStringLiteral("text"), clientId);
    message.insert(QStringLiteral("text"),
                   QJsonObject{{QStringLiteral("preview_url"), false}, {QStringLiteral("body"), body}});
    return message;
}

QJsonObject templateMessage(const QString &to, const QString &name, const QString &languageCode,
                            const QStringList &parameters, const QString &clientId)
{
    QJsonObject templ{{QStringLiteral("name"), name},
                      {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), languageCode}}}};
    if (!parameters.isEmpty()) {
        QJsonArray values;
        for (const QString &parameter : parameters) {
            values.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), parameter}});
        }
        templ.insert(QStringLiteral("components"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                            {QStringLiteral("parameters"), values}}});
    }
    QJsonObject message = envelope(to, QStringLiteral("template"), clientId);
    message.insert(QStringLiteral("template"), templ);
    return message;
}

QJsonObject authenticationCodeMessage(const QString &to, const QString &name, const QString &languageCode,
                                      const QString &code, const QString &clientId)
{
    QJsonObject message = templateMessage(to, name, languageCode, {code}, clientId);
    QJsonObject templ = message.value(QStringLiteral("template")).toObject();
    QJsonArray components = templ.value(QStringLiteral("components")).toArray();
    components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                  {QStringLiteral("sub_type"), QStringLiteral("url")},
                                  {QStringLiteral("index"), QStringLiteral("0")},
                                  {QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                                        {QStringLiteral("text"), code}}}}});
    templ.insert(QStringLiteral("components"), components);
    message.insert(QStringLiteral("template"), templ);
    return message;
}

QJsonObject buttonsMessage(const QString &to, const QString &body, const QList<ReplyButton> &buttons,
                           const QString &clientId)
{
    QJsonArray replies;
    for (const ReplyButton &button : buttons) {
        replies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reply")},
                                   {QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), button.id},
                                                                         {QStringLiteral("title"), button.title}}}});
    }
    QJsonObject message = envelope(to, QStringLiteral("interactive"), clientId);
    message.insert(QStringLiteral("interactive"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                               {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), body}}},
                               {QStringLiteral("action"), QJsonObject{{QStringLiteral("buttons"), replies}}}});
    return message;
}

QJsonObject markReadRequest(const QString &wamid)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("status"), QStringLiteral("read")},
            {QStringLiteral("message_id"), wamid}};
}

QString sentMessageId(const QJsonObject &response)
{
    return response.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace cb::whatsapp
