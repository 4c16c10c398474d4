#include "server/portal/portal_files.h"

#include "core/api/inbox_dto.h"
#include "core/crypto/keyed_hash.h"
#include "core/store/database.h"
#include "core/whatsapp/media_type.h"
#include "server/inbox/inbox_store.h"

#include <QFileInfo>

namespace cb::server {

FileProblem checkPortalFile(const QByteArray &data, const QString &declaredType, qint64 maxBytes, QString *mimeType)
{
    if (data.isEmpty()) {
        return FileProblem::Empty;
    }
    if (data.size() > maxBytes) {
        return FileProblem::TooLarge;
    }
    // The declared type only chooses which magic bytes to expect; a browser may
    // also send a photo as application/octet-stream, so the content decides.
    static const QStringList allowed{QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("application/pdf")};
    QStringList candidates;
    if (const auto declared = whatsapp::canonicalMediaType(declaredType); declared && allowed.contains(*declared)) {
        candidates << *declared;
    }
    candidates += allowed;
    for (const QString &type : std::as_const(candidates)) {
        if (whatsapp::contentMatchesType(data, type)) {
            *mimeType = type;
            return FileProblem::None;
        }
    }
    return FileProblem::WrongType;
}

QString safeFilename(const QString &given, const QString &mimeType)
{
    QString name = given.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    name.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format; });
    name = name.trimmed().left(100);
    const QString extension = mimeType == QLatin1String("application/pdf") ? QStringLiteral("pdf")
                              : mimeType == QLatin1String("image/png")     ? QStringLiteral("png")
                                                                           : QStringLiteral("jpg");
    // The extension is always the detected type's: "passwd.html" sent as a PDF
    // downloads as "passwd.pdf", never as something a browser would run.
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0) {
        name = name.left(dot).trimmed();
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name = mimeType == QLatin1String("application/pdf") ? QStringLiteral("document") : QStringLiteral("photo");
    }
    return name + QLatin1Char('.') + extension;
}

std::int64_t storePortalFile(store::Database &db, InboxStore &inbox, std::int64_t conversationId, model::Direction direction,
                             std::int64_t authorId, const PortalFile &file, const QString &clientId, std::int64_t nowMs)
{
    model::Message message;
    message.conversationId = conversationId;
    message.channel = model::Channel::Portal;
    message.direction = direction;
    message.kind = file.mimeType.startsWith(QLatin1String("image/")) ? QStringLiteral("image") : QStringLiteral("document");
    message.content = {{QStringLiteral("mime_type"), file.mimeType},
                       {QStringLiteral("filename"), file.filename},
                       {QStringLiteral("size"), qint64(file.data.size())},
                       {QStringLiteral("media_state"), QStringLiteral("stored")}};
    message.clientId = clientId;
    message.authorId = authorId;
    message.state = direction == model::Direction::Inbound ? model::DeliveryState::Received : model::DeliveryState::Delivered;
    message.sentAtMs = nowMs;
    message.id = inbox.insertMessage(message);
    db.prepare("INSERT INTO media (message_id, media_id, mime_type, sha256, state, size, data) VALUES (?, 'portal', ?, ?, 'stored', ?, ?)")
        .bind(1, message.id)
        .bind(2, file.mimeType)
        .bind(3, QString::fromLatin1(crypto::sha256(file.data).toHex()))
        .bind(4, std::int64_t(file.data.size()))
        .bindBlob(5, file.data)
        .run();
    inbox.recordActivity(message);
    inbox.publishMessage(message.id, api::event::MessageAdded);
    return message.id;
}

} // namespace cb::server
