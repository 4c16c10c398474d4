#pragma once

#include "core/audit/audit_log.h"
#include "core/platform/clock.h"
#include "core/policy/phi_guard.h"
#include "server/audit/audit_checkpoints.h"
#include "server/identity/auth_service.h"
#include "server/inbox/change_feed.h"
#include "server/inbox/event_log.h"
#include "server/inbox/inbox_store.h"
#include "server/inbox/template_catalogue.h"
#include "server/whatsapp/dead_letters.h"
#include "server/whatsapp/whatsapp_credentials.h"
#include "server/config/server_config.h"
#include "server/config/server_keys.h"
#include "server/http/metrics.h"
#include "server/identity/password_pool.h"
#include "server/identity/device_keyring.h"
#include "server/identity/workstations.h"
#include "server/identity/compliance_flags.h"
#include "server/store/server_store.h"
#include "server/runtime/worker_pool.h"
#include "server/store/store_readers.h"
#include "server/portal/portal_invitations.h"
#include "server/portal/portal_sessions.h"

#include <memory>
#include <optional>

namespace cb::server {

// Everything a running server owns, wired once: the store, the keys and the
// services that use them. Routes and the CLI receive this, never globals.
class ServerContext
{
public:
    ServerContext(const ServerConfig &config, ServerStore store, const crypto::SecretBytes &masterKey,
                  const platform::Clock &clock);

    const ServerConfig &config() const { return m_config; }
    const platform::Clock &clock() const { return m_clock; }
    ServerStore &store() { return m_store; }
    StaffDirectory &staff() { return m_staff; }
    SecondFactor &secondFactor() { return m_secondFactor; }
    EnrolmentCodes &enrolmentCodes() { return m_enrolmentCodes; }
    LoginThrottle &throttle() { return m_throttle; }
    SessionRegistry &sessions() { return m_sessions; }
    DeviceSecrets &deviceSecrets() { return m_deviceSecrets; }
    Workstations &workstations() { return m_workstations; }
    ComplianceFlags &complianceFlags() { return m_complianceFlags; }
    audit::AuditLog &audit() { return m_audit; }
    // The same trail read through another connection (a reader's, on its thread).
    audit::AuditLog auditOn(store::Database &db) const { return audit::AuditLog(db, m_keys.audit.clone()); }
    AuditCheckpoints &auditCheckpoints() { return m_checkpoints; }
    AuthService &auth() { return m_auth; }
    ChangeFeed &changes() { return m_changes; }
    EventLog &events() { return m_events; }
    InboxStore &inbox() { return m_inbox; }
    PortalInvitations &invitations() { return m_invitations; }
    PortalSessions &portalSessions() { return m_portalSessions; }
    DeadLetters &deadLetters() { return m_deadLetters; }
    const TemplateCatalogue &templates() const { return m_templates; }
    const policy::PhiGuard &phiGuard() const { return m_phiGuard; }
    Metrics &metrics() { return m_metrics; }
    PasswordPool &passwords() { return *m_passwords; }
    StoreReaders &readers() { return *m_readers; }
    // One thread for CPU work off the application thread that needs no store
    // (parsing large request bodies).
    WorkerPool &bodyParsers() { return *m_bodyParsers; }
    // Loaded at start-up when [whatsapp] is configured; throws WhatsAppCredentials::Error.
    const WhatsAppCredentials *whatsappCredentials() const { return m_whatsappCredentials ? &*m_whatsappCredentials : nullptr; }

    // The session rules for this user: the clinic's, tightened by their roles.
    policy::SessionPolicy policyFor(const StaffUser &user) const;

    // Records an audit event now; actor/target are ids such as "staff:3".
    // Returns the event's sequence number.
    std::int64_t record(const QString &actor, const QString &action, const QString &target, const QJsonObject &detail = {});

private:
    ServerConfig m_config;
    const platform::Clock &m_clock;
    Metrics m_metrics;
    ServerStore m_store;
    ServerKeys m_keys;
    StaffDirectory m_staff;
    SecondFactor m_secondFactor;
    EnrolmentCodes m_enrolmentCodes;
    LoginThrottle m_throttle;
    SessionRegistry m_sessions;
    DeviceKeyring m_deviceKeyring;
    DeviceSecrets m_deviceSecrets;
    Workstations m_workstations;
    ComplianceFlags m_complianceFlags;
    audit::AuditLog m_audit;
    AuditCheckpoints m_checkpoints;
    AuthService m_auth;
    ChangeFeed m_changes;
    EventLog m_events;
    InboxStore m_inbox;
    PortalInvitations m_invitations;
    PortalSessions m_portalSessions;
    DeadLetters m_deadLetters;
    TemplateCatalogue m_templates;
    policy::PhiGuard m_phiGuard;
    std::optional<WhatsAppCredentials> m_whatsappCredentials;
    std::unique_ptr<PasswordPool> m_passwords;
    std::unique_ptr<StoreReaders> m_readers;
    std::unique_ptr<WorkerPool> m_bodyParsers;
};

} // namespace cb::server
