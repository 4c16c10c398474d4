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
class DeadLetters;

// Applies one verified webhook delivery inside the caller's transaction: every
// message (deduplicated by wamid), every status (applied only if it moves the
// message forward), STOP/BAJA opt-outs. Each message and status has its own
// savepoint: one that cannot be applied (or read) becomes a dead letter and the
// rest go on. Entries for another phone number are counted, not stored. Only a
// store that cannot write (busy, I/O) throws: the caller rolls back and Meta retries.
class WebhookIngest
{
public:
    struct Result
    {
        int messagesStored = 0;
        int duplicates = 0;
        int statusesApplied = 0;
        int statusesIgnored = 0; // stale (out of order) or for a message we do not know
        int deadLetters = 0;
        int otherNumber = 0;     // messages and statuses for another business number
        bool reauthorisationNeeded = false;
    };

    WebhookIngest(store::Database &db, InboxStore &inbox, audit::AuditLog &audit, DeadLetters &deadLetters,
                  QString phoneNumberId);
    // Adds what it did to `result`.
    void ingest(const whatsapp::WebhookDelivery &delivery, Result &result);

    // A signed body that is not a delivery at all: kept whole.
    void keepUnreadableBody(const QByteArray &body, Result &result);

private:
    // Runs `apply` in a savepoint; a failure that is not the store's fault keeps `envelope`.
    template <typename Apply>
    void isolated(const char *what, const QJsonObject &envelope, Result &result, Apply apply);
    void storeMessage(const whatsapp::InboundMessage &inbound, Result &result);
    void applyStatus(const whatsapp::StatusUpdate &status, Result &result);

    store::Database &m_db;
    InboxStore &m_inbox;
    audit::AuditLog &m_audit;
    DeadLetters &m_deadLetters;
    QString m_phoneNumberId;
};

// "es" when a message reads as Spanish, else "en": picks the notice's language.
QString guessLanguage(const QString &text);

} // namespace cb::server
