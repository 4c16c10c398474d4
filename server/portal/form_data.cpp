#include "server/portal/form_data.h"

#include <QStringDecoder>

namespace cb::server {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<QByteArray> percentDecoded(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size()) {
                return std::nullopt;
            }
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) {
                return std::nullopt;
            }
            out += char(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// Strict UTF-8 without control characters other than tab and newlines.
std::optional<QString> strictText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f) {
            return std::nullopt;
        }
    }
    return text;
}

bool addField(FormData &form, const QString &name, const QString &value, const FormLimits &limits)
{
    if (name.isEmpty() || name.size() > 64 || form.fields.contains(name) || form.fields.size() >= limits.maxFields) {
        return false;
    }
    form.fields.insert(name, value);
    return true;
}

// The value of `key` among a header's parameters (form-data; name="file";
// filename="a; b.pdf"), walking them in order so a quoted value's contents
// are never taken for a parameter of their own. nullopt if absent or malformed.
std::optional<QByteArray> parameter(QByteArrayView header, QByteArrayView key)
{
    qsizetype at = header.indexOf(';');
    while (at >= 0 && at < header.size()) {
        ++at; // past ';'
        while (at < header.size() && header[at] == ' ') {
            ++at;
        }
        const qsizetype equals = header.indexOf('=', at);
        if (equals < 0) {
            return std::nullopt;
        }
        const QByteArray name = header.sliced(at, equals - at).toByteArray().trimmed().toLower();
        QByteArray value;
        qsizetype next = equals + 1;
        if (next < header.size() && header[next] == '"') {
            const qsizetype close = header.indexOf('"', next + 1);
            if (close < 0) {
                return std::nullopt;
            }
            value = header.sliced(next + 1, close - next - 1).toByteArray();
            next = header.indexOf(';', close);
        } else {
            const qsizetype semicolon = header.indexOf(';', next);
            value = header.sliced(next, (semicolon < 0 ? header.size() : semicolon) - next).toByteArray().trimmed();
            next = semicolon;
        }
        if (name == key) {
            return value;
        }
        at = next;
    }
    return std::nullopt;
}
} // namespace

std::optional<FormData> parseUrlEncodedForm(const QByteArray &body, const FormLimits &limits)
{
    FormData form;
    if (body.isEmpty()) {
        return form;
    }
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > limits.maxFields) {
        return std::nullopt;
    }
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0) {
            return std::nullopt;
        }
        const auto name = percentDecoded(QByteArrayView(pair).first(equals));
        const auto value = percentDecoded(QByteArrayView(pair).sliced(equals + 1));
        if (!name || !value || value->size() > limits.maxFieldBytes) {
            return std::nullopt;
        }
        const auto nameText = strictText(*name);
        const auto valueText = strictText(*value);
        if (!nameText || !valueText || !addField(form, *nameText, *valueText, limits)) {
            return std::nullopt;
        }
    }
    return form;
}

std::optional<FormData> parseMultipartForm(const QByteArray &contentType, const QByteArray &body, const FormLimits &limits)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        return std::nullopt;
    }
    const auto boundaryValue = parameter(contentType, "boundary");
    // RFC 2046: 1 to 70 characters.
    if (!boundaryValue || boundaryValue->isEmpty() || boundaryValue->size() > 70) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + *boundaryValue;
    if (!body.startsWith(delimiter + "\r\n")) {
        return std::nullopt;
    }
    FormData form;
    qsizetype at = delimiter.size() + 2;
    int parts = 0;
    while (true) {
        if (++parts > limits.maxFields + 1) {
            return std::nullopt;
        }
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0 || headersEnd - at > 2048) {
            return std::nullopt;
        }
        const QByteArray headers = body.mid(at, headersEnd - at);
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, contentStart);
        if (next < 0) {
            return std::nullopt;
        }
        const QByteArray content = body.mid(contentStart, next - contentStart);
        QByteArray disposition;
        QByteArray partType;
        for (const QByteArray &line : headers.split('\n')) {
            const QByteArray clean = line.endsWith('\r') ? line.chopped(1) : line;
            const qsizetype colon = clean.indexOf(':');
            if (colon <= 0) {
                return std::nullopt;
            }
            const QByteArray name = clean.left(colon).trimmed().toLower();
            if (name == "content-disposition") {
                disposition = clean.mid(colon + 1).trimmed();
            } else if (name == "content-type") {
                partType = clean.mid(colon + 1).trimmed();
            }
        }
        if (!disposition.toLower().startsWith("form-data")) {
            return std::nullopt;
        }
        const auto name = parameter(disposition, "name");
        const auto filename = parameter(disposition, "filename");
        if (!name || name->isEmpty()) {
            return std::nullopt;
        }
        if (filename) {
            // A file input left empty sends a part with an empty filename and no data.
            if (*name != "file" || form.file || content.size() > limits.maxFileBytes) {
                return std::nullopt;
            }
            const auto filenameText = strictText(*filename);
            if (!filenameText) {
                return std::nullopt;
            }
            if (!(filenameText->isEmpty() && content.isEmpty())) {
                form.file = FormFile{*filenameText, QString::fromLatin1(partType), content};
            }
        } else {
            const auto nameText = strictText(*name);
            const auto valueText = content.size() <= limits.maxFieldBytes ? strictText(content) : std::nullopt;
            if (!nameText || !valueText || !addField(form, *nameText, *valueText, limits)) {
                return std::nullopt;
            }
        }
        at = next + 2 + delimiter.size();
        if (body.mid(at, 2) == "--") {
            return form; // the closing delimiter; an epilogue after it is ignored
        }
        if (body.mid(at, 2) != "\r\n") {
            return std::nullopt;
        }
        at += 2;
    }
}

} // namespace cb::server
