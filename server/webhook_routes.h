#pragma once

class QHttpServer;

namespace cb::server {
class ServerContext;

// Meta's webhook at /webhooks/whatsapp: the GET verification handshake and the
// signed POST deliveries. Only present when [whatsapp] is configured.
void addWebhookRoutes(QHttpServer &http, ServerContext &context);
} // namespace cb::server
