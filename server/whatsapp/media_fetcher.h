#pragma once

#include <QObject>
#include <QString>

namespace cb::server {

class GraphClient;
class ServerContext;

// Fetches the media of inbound messages through the Graph API: GET /{media-id}
// for the short-lived URL, then the URL itself with the bearer token. The bytes
// must match the webhook's sha256, stay under the size limit and be of an
// allowed type; they are kept inside the encrypted store.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAttempts = 5;

    MediaFetcher(ServerContext &context, GraphClient &graph, QObject *parent = nullptr);
    void kick();

    // The webhook's sha256 may be hex or base64; either must match.
    static bool digestMatches(const QByteArray &data, const QString &expected);

private:
    void fetchNext();
    void finish(std::int64_t messageId, bool stored, const QString &failure, const QByteArray &data = {},
                const QString &mimeType = {});

    ServerContext &m_context;
    GraphClient &m_graph;
    bool m_busy = false;
};

} // namespace cb::server
