#include "client/inbox/canned_replies_service.h"

#include <QJsonArray>

namespace cb::client {

namespace {
const QString Path = QStringLiteral("/api/v1/canned-replies");

CannedReply replyFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toInteger(), json.value(QStringLiteral("title")).toString(),
            json.value(QStringLiteral("language")).toString(), json.value(QStringLiteral("body")).toString()};
}
} // namespace

CannedRepliesService::CannedRepliesService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void CannedRepliesService::list(Listed done)
{
    m_server.get(Path, [done](const ServerConnection::Reply &reply) {
        QList<CannedReply> replies;
        if (!reply.ok()) {
            done(replies, ServerConnection::describe(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("canned_replies")).toArray()) {
            replies.append(replyFromJson(value.toObject()));
        }
        done(replies, {});
    });
}

void CannedRepliesService::save(const CannedReply &reply, Saved done)
{
    QJsonObject body{{QStringLiteral("title"), reply.title}, {QStringLiteral("language"), reply.language}, {QStringLiteral("body"), reply.body}};
    if (reply.id > 0) {
        body.insert(QStringLiteral("id"), reply.id);
    }
    m_server.post(Path, body, [done](const ServerConnection::Reply &answer) {
        if (!answer.ok()) {
            done(std::nullopt, describeRefusal(answer));
            return;
        }
        done(replyFromJson(answer.body), {});
    });
}

void CannedRepliesService::remove(qint64 id, Done done)
{
    m_server.post(Path + QStringLiteral("/%1/delete").arg(id), {}, [done](const ServerConnection::Reply &answer) {
        done(answer.ok() ? QString() : describeRefusal(answer));
    });
}

QString CannedRepliesService::describeRefusal(const ServerConnection::Reply &reply)
{
    if (reply.errorCode == QLatin1String("phi_refused")) {
        return tr("This reads as medical or identifying information. A canned reply goes out on WhatsApp, so it must not hold any.");
    }
    if (reply.errorCode == QLatin1String("duplicate_title")) {
        return tr("Another reply in this language already has that title.");
    }
    if (reply.errorCode == QLatin1String("invalid_field")) {
        return tr("Give a title of one line (at most 40 characters) and a text of at most 1,024 characters.");
    }
    if (reply.errorCode == QLatin1String("too_many")) {
        return tr("The clinic already has 200 canned replies. Delete one first.");
    }
    return ServerConnection::describe(reply);
}

} // namespace cb::client
