#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::whatsapp {

// Bodies for POST /{version}/{phone-number-id}/messages, in Meta's format.
// Each carries our client id in biz_opaque_callback_data, which Meta echoes in
// the status webhooks, so a message can be matched even if its send response
// was lost.
QJsonObject textMessage(const QString &to, const QString &body, const QString &clientId);

// An approved template; `parameters` fill {{1}}, {{2}}… of its body in order.
QJsonObject templateMessage(const QString &to, const QString &name, const QString &languageCode,
                            const QStringList &parameters, const QString &clientId);

// An authentication template (a one-time code): Meta's shape carries the code
// twice, for the body and for the template's copy-code button.
QJsonObject authenticationCodeMessage(const QString &to, const QString &name, const QString &languageCode,
                                      const QString &code, const QString &clientId);

struct ReplyButton
{
    QString id;
    QString title; // at most 20 characters on WhatsApp
};
// Up to three quick-reply buttons under a body text.
QJsonObject buttonsMessage(const QString &to, const QString &body, const QList<ReplyButton> &buttons,
                           const QString &clientId);

// Marks a patient's message (and everything before it) as read.
QJsonObject markReadRequest(const QString &wamid);

// The wamid from a send response: { "messages": [ { "id": "wamid…" } ] }.
QString sentMessageId(const QJsonObject &response);

} // namespace cb::whatsapp
