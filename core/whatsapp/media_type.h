#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cb::whatsapp {

// The media types Carebridge stores and serves. A type declared by a webhook
// (outside input) is never passed on as given: "image/png;\r\nX-Injected: yes"
// once became a response header (security review, finding 5). Only the exact
// canonical names below leave this function, and a file is kept only when its
// first bytes are what its type says.
std::optional<QString> canonicalMediaType(const QString &declared);

// Whether `data` starts the way files of `canonicalType` do (magic bytes).
bool contentMatchesType(const QByteArray &data, const QString &canonicalType);

} // namespace cb::whatsapp
