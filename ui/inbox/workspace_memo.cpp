#include "ui/inbox/workspace_memo.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace cb::ui {

namespace {
// QByteArray and QJsonDocument buffers are ordinary heap: wipe them once copied.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
}
} // namespace

crypto::SecretBytes WorkspaceMemo::seal() const
{
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("view"), view},
                                                {QStringLiteral("search"), search},
                                                {QStringLiteral("conversation"), qint64(conversationId)},
                                                {QStringLiteral("draft"), draft},
                                                {QStringLiteral("note"), note},
                                                {QStringLiteral("portal"), portal}})
                          .toJson(QJsonDocument::Compact);
    return crypto::SecretBytes::takeFrom(json);
}

std::optional<WorkspaceMemo> WorkspaceMemo::open(const crypto::SecretBytes &sealed)
{
    QByteArray json(reinterpret_cast<const char *>(sealed.data()), qsizetype(sealed.size()));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    wipe(json);
    if (object.isEmpty()) {
        return std::nullopt;
    }
    WorkspaceMemo memo;
    memo.view = object.value(QStringLiteral("view")).toInt(3);
    memo.search = object.value(QStringLiteral("search")).toString();
    memo.conversationId = object.value(QStringLiteral("conversation")).toInteger();
    memo.draft = object.value(QStringLiteral("draft")).toString();
    memo.note = object.value(QStringLiteral("note")).toBool();
    memo.portal = object.value(QStringLiteral("portal")).toBool();
    return memo;
}

} // namespace cb::ui
