#include "server/http/strict_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

#include <cmath>

namespace cb::server::http {

namespace {
constexpr double LargestExactInteger = 9007199254740992.0; // 2^53

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            return true;
        }
    }
    return false;
}

// Reads the string starting at text[i] == '"'; leaves i after its closing quote.
// Qt's parser is lenient where JSON is not: it takes raw control characters,
// unknown escapes ("\q") and lone surrogates ("\ud800"); all are refused here.
std::optional<QString> readString(const QByteArray &text, qsizetype &i, QString *problem)
{
    QByteArray raw;
    for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (uchar(text[i]) < 0x20) {
            *problem = QStringLiteral("a control character inside a string");
            return std::nullopt;
        }
        if (text[i] == '\\') {
            if (i + 1 >= text.size() || !QByteArrayView("\"\\/bfnrtu").contains(text[i + 1])) {
                *problem = QStringLiteral("an unknown escape inside a string");
                return std::nullopt;
            }
            raw += text[i++];
        }
        raw += text[i];
    }
    ++i;
    // Let Qt decode the escapes the same way it did for the document.
    const QString decoded = QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
    if (hasLoneSurrogate(decoded)) {
        *problem = QStringLiteral("a string holds half of a UTF-16 pair");
        return std::nullopt;
    }
    return decoded;
}

// Duplicate keys and depth can only be seen in the text: the parsed object keeps one copy.
bool scanStructure(const QByteArray &text, QString *problem)
{
    struct Frame
    {
        bool object = false;
        bool expectingKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            Frame *top = stack.isEmpty() ? nullptr : &stack.last();
            const auto value = readString(text, i, problem);
            if (!value) {
                return false;
            }
            if (top && top->object && top->expectingKey) {
                if (top->keys.contains(*value)) {
                    *problem = QStringLiteral("the key \"%1\" appears twice").arg(value->left(64));
                    return false;
                }
                top->keys.insert(*value);
                top->expectingKey = false;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            stack.append({c == '{', c == '{', {}});
            if (stack.size() > MaxDepth) {
                *problem = QStringLiteral("nested more than %1 levels deep").arg(MaxDepth);
                return false;
            }
        } else if (c == '}' || c == ']') {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().object) {
            stack.last().expectingKey = true;
        }
        ++i;
    }
    return true;
}

bool numbersFit(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) && std::fabs(number) <= LargestExactInteger;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return numbersFit(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(), [](const QJsonValue &item) { return numbersFit(item); });
    }
    return true;
}
} // namespace

std::optional<QJsonObject> parseStrictObject(const QByteArray &text, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    if (!scanStructure(text, problem)) {
        return std::nullopt;
    }
    if (!numbersFit(document.object())) {
        *problem = QStringLiteral("a number is too large (at most 2^53) or not finite");
        return std::nullopt;
    }
    return document.object();
}

} // namespace cb::server::http
