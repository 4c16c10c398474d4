#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cb::server::http {

// Parses a request body as one JSON object, stricter than JSON itself allows,
// because every body comes from outside: at most MaxDepth levels of nesting, no
// key twice in one object (parsers disagree on which copy wins), and numbers
// only where a double holds them exactly (|n| <= 2^53, never 1e400). Invalid
// UTF-8, raw control characters, unknown escapes and lone surrogates are
// refused. One linear pass (RapidJSON's SAX reader) that also caps the values
// in a body and the keys in an object, so no shape of body costs more than its
// bytes. On failure, nullopt and `*problem` says why.
constexpr int MaxDepth = 16;
constexpr qsizetype MaxTokens = 100'000;      // values, keys, objects and arrays in one body
constexpr qsizetype MaxKeysPerObject = 1'024; // no endpoint takes more than a few dozen
std::optional<QJsonObject> parseStrictObject(const QByteArray &text, QString *problem);

} // namespace cb::server::http
