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

// A field of a received object by key; missing or of another type gives the
// empty value, which every reader then refuses as it would a bad value.
inline QString jsonText(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

inline qint64 jsonInteger(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

inline QJsonObject jsonObject(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

} // namespace cb::api
