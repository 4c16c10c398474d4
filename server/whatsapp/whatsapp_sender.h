#pragma once

#include "core/platform/clock.h"
#include "core/whatsapp/send_failure.h"

#include <QObject>
#include <QTimer>

namespace cb::server {

class GraphClient;
class ServerContext;

// Sends queued outbound WhatsApp messages, one at a time and oldest first, so a
// conversation's replies arrive in order. The queue is the messages table
// itself (send_request IS NOT NULL), so it survives a restart. Meta's errors
// become clear states; rate limits and outages back off and retry.
class WhatsAppSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAttempts = 8;

    WhatsAppSender(ServerContext &context, GraphClient &graph, QObject *parent = nullptr);

    // Looks for due work now (after a commit, or when a retry falls due).
    void kick();
    // Tells WhatsApp the patient's messages up to `wamid` were read (best effort).
    void markRead(const QString &wamid);

private:
    void sendNext();
    void onSent(std::int64_t messageId, const QString &wamid);
    void onFailed(std::int64_t messageId, int attempts, const whatsapp::SendFailure &failure);
    void setConnection(bool healthy, const QString &reason);

    ServerContext &m_context;
    GraphClient &m_graph;
    QTimer m_retryTimer;
    bool m_busy = false;
};

// Delay before retry `attempt` (1-based): 2 s doubling, capped at 5 minutes.
std::int64_t retryDelayMs(int attempt);

} // namespace cb::server
