#pragma once

#include "client/net/server_connection.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cb::client {

// One of the clinic's canned replies (no patient data: the server refuses any
// text PhiGuard would stop).
struct CannedReply
{
    qint64 id = 0; // 0: not saved yet
    QString title;
    QString language; // en | es
    QString body;
};

// The clinic's canned replies: every role lists them (the composer's "/"),
// admins add, change and delete them (Administration → Canned replies).
class CannedRepliesService : public QObject
{
    Q_OBJECT
public:
    using Listed = std::function<void(const QList<CannedReply> &replies, const QString &error)>;
    using Saved = std::function<void(const std::optional<CannedReply> &reply, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    explicit CannedRepliesService(ServerConnection &server, QObject *parent = nullptr);

    void list(Listed done);
    void save(const CannedReply &reply, Saved done);
    void remove(qint64 id, Done done);

private:
    static QString describeRefusal(const ServerConnection::Reply &reply);

    ServerConnection &m_server;
};

} // namespace cb::client
