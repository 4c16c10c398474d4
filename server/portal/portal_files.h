#pragma once

#include "core/model/message.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

class InboxStore;

// What the portal carries as a file, both ways: a photo (JPEG or PNG) or a
// PDF, within the size limit, whose first bytes are what its type says. The
// type comes from our own canonical names, never from what the sender declared.
struct PortalFile
{
    QString mimeType;
    QString filename;
    QByteArray data;
};

enum class FileProblem { None, Empty, TooLarge, WrongType };

FileProblem checkPortalFile(const QByteArray &data, const QString &declaredType, qint64 maxBytes, QString *mimeType);
// A name safe to show and to offer as a download: no path, no controls, at most 100 characters.
QString safeFilename(const QString &given, const QString &mimeType);

// Stores the file as a message of the conversation's portal channel (inside the
// caller's transaction; the data stays in the encrypted store) and publishes it.
std::int64_t storePortalFile(store::Database &db, InboxStore &inbox, std::int64_t conversationId, model::Direction direction,
                             std::int64_t authorId, const PortalFile &file, const QString &clientId, std::int64_t nowMs);

} // namespace cb::server
