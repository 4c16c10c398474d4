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

// Applies one verified webhook delivery to the store in a single transaction:
// every message (deduplicated by wamid), every status (applied only if it moves
// the message forward), STOP/BAJA opt-outs. When it returns, the delivery is
// committed; if it throws, nothing of it is, and Meta will retry.
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
    Result ingest(const whatsapp::WebhookDelivery &delivery);

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
