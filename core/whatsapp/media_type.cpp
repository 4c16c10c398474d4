#include "core/whatsapp/media_type.h"

#include <QStringList>
#include <QStringDecoder>

namespace cb::whatsapp {

namespace {
bool startsWith(const QByteArray &data, qsizetype at, QByteArrayView magic)
{
    return data.size() >= at + magic.size() && QByteArrayView(data).sliced(at, magic.size()) == magic;
}

bool isText(const QByteArray &data)
{
    if (data.contains('\0')) {
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(data); // decodes only when converted
    return !utf8.hasError();
}
} // namespace

std::optional<QString> canonicalMediaType(const QString &declared)
{
    static const QStringList allowed{
        QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp"),
        QStringLiteral("application/pdf"), QStringLiteral("audio/ogg"), QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/aac"), QStringLiteral("audio/mp4"), QStringLiteral("audio/amr"), QStringLiteral("video/mp4"),
        QStringLiteral("video/3gpp"), QStringLiteral("text/plain")};
    // "audio/ogg; codecs=opus" is how WhatsApp names voice notes: parameters go.
    const QString type = declared.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const qsizetype found = allowed.indexOf(type);
    if (found < 0) {
        return std::nullopt;
    }
    return allowed.at(found); // ours, not theirs
}

bool contentMatchesType(const QByteArray &data, const QString &canonicalType)
{
    const QString &t = canonicalType;
    if (t == QLatin1String("image/jpeg")) {
        return startsWith(data, 0, "\xFF\xD8\xFF");
    }
    if (t == QLatin1String("image/png")) {
        return startsWith(data, 0, "\x89PNG\r\n\x1A\n");
    }
    if (t == QLatin1String("image/webp")) {
        return startsWith(data, 0, "RIFF") && startsWith(data, 8, "WEBP");
    }
    if (t == QLatin1String("application/pdf")) {
        return startsWith(data, 0, "%PDF-");
    }
    if (t == QLatin1String("audio/ogg")) {
        return startsWith(data, 0, "OggS");
    }
    if (t == QLatin1String("audio/mpeg")) {
        return startsWith(data, 0, "ID3") || (data.size() >= 2 && uchar(data[0]) == 0xFF && (uchar(data[1]) & 0xE0) == 0xE0);
    }
    if (t == QLatin1String("audio/aac")) {
        return data.size() >= 2 && uchar(data[0]) == 0xFF && (uchar(data[1]) & 0xF6) == 0xF0; // ADTS
    }
    if (t == QLatin1String("audio/mp4") || t == QLatin1String("video/mp4") || t == QLatin1String("video/3gpp")) {
        return startsWith(data, 4, "ftyp");
    }
    if (t == QLatin1String("audio/amr")) {
        return startsWith(data, 0, "#!AMR");
    }
    if (t == QLatin1String("text/plain")) {
        return isText(data);
    }
    return false;
}

} // namespace cb::whatsapp
