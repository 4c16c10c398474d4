#pragma once

#include "core/whatsapp/webhook_payload.h"

namespace cb::store {
class Database;
}
namespace cb::audit {
class AuditLog;
}

namespace cb::server {

class InboxStore;

// Applies one verified webhook delivery inside the caller's transaction: every
// message (deduplicated by wamid), every status (applied only if it moves the
// message forward), STOP/BAJA opt-outs. If it throws, the caller rolls back its
// savepoint and Meta retries the delivery.
class WebhookIngest
{
public:
    struct Result
    {
        int messagesStored = 0;
        int duplicates = 0;
        int statusesApplied = 0;
        int statusesIgnored = 0; // stale (out of order) or for a message we do not know
        bool reauthorisationNeeded = false;
    };

    WebhookIngest(store::Database &db, InboxStore &inbox, audit::AuditLog &audit);
    // Adds what it did to `result`.
    void ingest(const whatsapp::WebhookDelivery &delivery, Result &result);

private:
    void storeMessage(const whatsapp::InboundMessage &inbound, Result &result);
    void applyStatus(const whatsapp::StatusUpdate &status, Result &result);

    store::Database &m_db;
    InboxStore &m_inbox;
    audit::AuditLog &m_audit;
};

// "es" when a message reads as Spanish, else "en": picks the notice's language.
QString guessLanguage(const QString &text);

} // namespace cb::server
