#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace cb::server {

// A browser's form post, parsed strictly and with limits: the portal's only
// input from people on the internet besides the link itself.
struct FormFile
{
    QString filename;     // as the browser sent it; never trusted as a path
    QString declaredType; // the part's Content-Type; never trusted as a type
    QByteArray data;
};

struct FormData
{
    QHash<QString, QString> fields;
    std::optional<FormFile> file; // the one file part, named "file"

    QString value(const QString &name) const { return fields.value(name); }
};

struct FormLimits
{
    int maxFields = 8;
    qsizetype maxFieldBytes = 16 * 1024;
    qsizetype maxFileBytes = 10 * 1024 * 1024;
};

// application/x-www-form-urlencoded. nullopt on anything malformed: a repeated
// name, too many fields, a value too long or not UTF-8, a bad %-escape.
std::optional<FormData> parseUrlEncodedForm(const QByteArray &body, const FormLimits &limits);

// multipart/form-data (RFC 7578) with the boundary from `contentType`. Text
// parts become fields; at most one part may be a file, and it must be named
// "file". nullopt on anything malformed or over the limits.
std::optional<FormData> parseMultipartForm(const QByteArray &contentType, const QByteArray &body, const FormLimits &limits);

} // namespace cb::server
