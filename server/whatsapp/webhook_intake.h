#pragma once

#include "core/whatsapp/webhook_payload.h"
#include "server/http/http_router.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <optional>

namespace cb::server {

class ServerContext;

// Meta's webhook at /webhooks/whatsapp: the GET verification handshake and the
// signed POST deliveries, with group commit. Deliveries that arrive while the
// writer is busy wait in a bounded queue; the next drain applies up to
// MaxGroup of them in one transaction (one fsync), each in its own savepoint,
// and each gets its 200 only after that commit. A full queue or a failed commit
// answers 503, so Meta retries, and the wamid constraint makes retries harmless.
class WebhookIntake : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxGroup = 256;
    static constexpr int MaxQueue = 4096;

    WebhookIntake(ServerContext &context, http::HttpRouter &routes, QObject *parent = nullptr);
    // Deliveries waiting for the writer.
    int queued() const { return int(m_queue.size()); }

private:
    struct Pending
    {
        std::optional<whatsapp::WebhookDelivery> delivery; // empty: signed, but not a delivery
        QByteArray unreadableBody;
        http::Responder responder;
        std::chrono::steady_clock::time_point arrived;
    };

    void deliver(const http::Request &request, const http::Responder &responder);
    void drain();

    ServerContext &m_context;
    std::deque<Pending> m_queue;
    bool m_drainScheduled = false;
};

// Offers the pending dead letters to the intake again (after an upgrade);
// returns how many could now be applied. The others stay, one attempt older.
int reprocessDeadLetters(ServerContext &context);

// GET /api/v1/dead-letters and POST /api/v1/dead-letters/reprocess (admins).
class ApiRouter;
void addDeadLetterRoutes(ApiRouter &router, ServerContext &context);

} // namespace cb::server
