#include "server/http/strict_json.h"

#include <QJsonArray>
#include <QList>
#include <QStringDecoder>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cmath>
#include <cstring>

namespace cb::server::http {

namespace {
constexpr double LargestExactInteger = 9007199254740992.0; // 2^53

// RapidJSON's SAX reader calls this once per token, in one pass over the text,
// and stops the moment a call returns false. The values are built as they come,
// so a body costs time in proportion to its bytes, whatever its shape.
class StrictBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StrictBuilder>
{
public:
    QString problem;
    QJsonObject root;

    bool Null() { return add(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool value) { return add(value); }
    bool Int(int value) { return add(value); }
    bool Uint(unsigned value) { return add(qint64(value)); }
    bool Int64(std::int64_t value) { return integer(double(value)) && add(qint64(value)); }
    bool Uint64(std::uint64_t value) { return integer(double(value)) && add(qint64(value)); }
    bool Double(double value) { return integer(value) && add(value); }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        const auto decoded = strictUtf8(text, length);
        return decoded && add(*decoded);
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        const auto key = strictUtf8(text, length);
        if (!key || !counted()) {
            return false;
        }
        Frame &top = m_stack.last();
        if (top.object.contains(*key)) {
            return fail(QStringLiteral("the key \"%1\" appears twice").arg(key->left(64)));
        }
        if (top.object.size() >= MaxKeysPerObject) {
            return fail(QStringLiteral("an object has more than %1 keys").arg(MaxKeysPerObject));
        }
        top.key = *key;
        return true;
    }
    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    struct Frame
    {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool fail(QString why)
    {
        problem = std::move(why);
        return false;
    }

    bool counted()
    {
        return ++m_tokens <= MaxTokens || fail(QStringLiteral("more than %1 values in one body").arg(MaxTokens));
    }

    bool integer(double value)
    {
        return (std::isfinite(value) && std::fabs(value) <= LargestExactInteger) ||
               fail(QStringLiteral("a number is too large (at most 2^53) or not finite"));
    }

    // Lone surrogates (a "\udc00" escape) come out of RapidJSON as encoded
    // surrogates, which strict UTF-8 refuses: so does this.
    std::optional<QString> strictUtf8(const char *text, rapidjson::SizeType length)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(QByteArrayView(text, qsizetype(length)));
        if (decoder.hasError()) {
            fail(QStringLiteral("a string holds half of a UTF-16 pair or invalid UTF-8"));
            return std::nullopt;
        }
        return decoded;
    }

    bool add(const QJsonValue &value)
    {
        if (m_stack.isEmpty()) {
            return fail(QStringLiteral("the body must be a JSON object"));
        }
        if (!value.isObject() && !value.isArray() && !counted()) {
            return false;
        }
        Frame &top = m_stack.last();
        if (top.isObject) {
            top.object.insert(top.key, value);
        } else {
            top.array.append(value);
        }
        return true;
    }

    bool open(bool isObject)
    {
        if (m_stack.isEmpty() && !isObject) {
            return fail(QStringLiteral("the body must be a JSON object"));
        }
        if (!counted()) {
            return false;
        }
        if (m_stack.size() >= MaxDepth) {
            return fail(QStringLiteral("nested more than %1 levels deep").arg(MaxDepth));
        }
        m_stack.append(Frame{isObject, {}, {}, {}});
        return true;
    }

    bool close()
    {
        Frame done = m_stack.takeLast();
        if (m_stack.isEmpty()) {
            root = std::move(done.object);
            return true;
        }
        return done.isObject ? add(std::move(done.object)) : add(std::move(done.array));
    }

    QList<Frame> m_stack;
    qsizetype m_tokens = 0;
};
} // namespace

std::optional<QJsonObject> parseStrictObject(const QByteArray &text, QString *problem)
{
    // RapidJSON's streams end at a NUL byte; JSON never holds a raw one.
    if (std::memchr(text.constData(), 0, std::size_t(text.size())) != nullptr) {
        *problem = QStringLiteral("a NUL byte in the body");
        return std::nullopt;
    }
    rapidjson::MemoryStream stream(text.constData(), std::size_t(text.size()));
    StrictBuilder builder;
    rapidjson::Reader reader;
    constexpr unsigned Flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    const rapidjson::ParseResult result = reader.Parse<Flags>(stream, builder);
    if (!result) {
        *problem = !builder.problem.isEmpty()
                       ? builder.problem
                       : QStringLiteral("not valid JSON (%1 at byte %2)")
                             .arg(QLatin1String(rapidjson::GetParseError_En(result.Code())))
                             .arg(result.Offset());
        return std::nullopt;
    }
    return builder.root;
}

} // namespace cb::server::http
