#include "server/server_context.h"

namespace cb::server {

ServerContext::ServerContext(const ServerConfig &config, ServerStore store, const crypto::SecretBytes &masterKey,
                             const platform::Clock &clock)
    : m_config(config), m_clock(clock), m_store(std::move(store)), m_keys(ServerKeys::derive(masterKey)),
      m_staff(m_store.database(), clock, crypto::PasswordHash(config.passwordCost), config.clinicName),
      m_secondFactor(m_store.database(), clock, m_keys.totpSeal.clone(), m_keys.recoveryCodes.clone()),
      m_enrolmentCodes(m_store.database(), clock, m_keys.enrolmentCodes.clone(),
                       std::int64_t(config.enrolmentCodeHours) * 3'600'000),
      m_throttle(m_store.database(), clock),
      m_sessions(m_store.database(), clock, m_keys.tokenHash.clone(),
                 [this](std::int64_t userId) {
                     const auto user = m_staff.findById(userId);
                     return policy::SessionPolicy::forRoles(user ? user->roles : QList<policy::Role>{},
                                                            m_config.sessionPolicy);
                 }),
      m_deviceKeyring(config.deviceKeyringPath(), m_keys.deviceKeyring.clone()),
      m_deviceSecrets(m_store.database(), clock, m_deviceKeyring, m_keys.deviceSeal.clone()),
      m_workstations(m_store.database(), clock, m_sessions, m_deviceSecrets),
      m_complianceFlags(m_store.database(), clock),
      m_audit(m_store.database(), m_keys.audit.clone()),
      m_checkpoints(m_store.database(), m_audit, m_keys.auditSigningSeed, config.auditAnchorPath()),
      m_auth({m_staff, m_secondFactor, m_enrolmentCodes, m_throttle, m_sessions, m_deviceSecrets, m_audit, clock, config.clinicName}),
      m_events(m_store.database(), clock), m_inbox(m_store.database(), m_events, clock),
      m_invitations(m_store.database(), clock, m_keys.portalTokens, m_config.portal),
      m_portalSessions(m_store.database(), clock, m_keys.portalTokens, m_config.portal),
      m_deadLetters(m_store.database(), m_events, m_audit, clock), m_templates(config.clinicName),
      m_phiGuard(config.clinicAddress.isEmpty() ? QStringList{} : QStringList{config.clinicAddress})
{
    m_deviceSecrets.reconcile();
    m_passwords = std::make_unique<PasswordPool>(config.hashingThreads, config.hashingQueue, m_metrics);
    m_readers = std::make_unique<StoreReaders>(m_store, 2, 64);
    m_bodyParsers = std::make_unique<WorkerPool>(1, 8);
    if (config.whatsapp.enabled()) {
        m_whatsappCredentials = WhatsAppCredentials::load(config.whatsapp.credentialsFile);
    }
}

policy::SessionPolicy ServerContext::policyFor(const StaffUser &user) const
{
    return policy::SessionPolicy::forRoles(user.roles, m_config.sessionPolicy);
}

std::int64_t ServerContext::record(const QString &actor, const QString &action, const QString &target, const QJsonObject &detail)
{
    return m_audit.append({0, m_clock.nowMs(), actor, action, target, detail});
}

} // namespace cb::server
