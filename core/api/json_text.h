#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cb::api {

// A JSON object as one line of text: how objects are stored in TEXT columns
// and sent as WebSocket frames.
inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The object stored by compactJson; empty if the text is not a JSON object.
inline QJsonObject parseJsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace cb::api
