#pragma once

#include "core/crypto/password_hash.h"
#include "core/policy/outreach_policy.h"
#include "core/policy/session_policy.h"
#include "server/http/edge.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cb::server {

// carebridge-server's configuration, read from an INI file:
//
//   [server]
//   address = 127.0.0.1
//   port = 8443
//   data_dir = /var/lib/carebridge
//   trusted_proxy = 127.0.0.1        ; the nginx site in front: its X-Real-IP is the client
//   master_key_file =            ; default: $CREDENTIALS_DIRECTORY/master-key or <data_dir>/master.key
//   [tls]
//   certificate = /etc/carebridge/tls.crt
//   private_key = /etc/carebridge/tls.key
//   [clinic]
//   name = Sunrise Family Clinic       ; shown in authenticator apps
//   [inbox]
//   reply_assigns = true               ; a reply makes an unheld conversation the replier's
//   front_desk_portal = full           ; or "summary": front desk sees secure messages only as such
//   [security]
//   password_hashing = moderate        ; or "interactive" (tests, small machines)
//   [sessions]
//   lock_after_idle_seconds = 600      ; desktop locks (after a 30 s countdown)
//   end_after_idle_seconds = 1800      ; server ends the session
//   absolute_seconds = 43200           ; longest a session may live
//   recheck_seconds = 30               ; how often open event streams look for timed-out sessions
//   [whatsapp]                         ; absent: the WhatsApp bridge is off
//   phone_number_id = 106540352242922
//   graph_url = https://graph.facebook.com   ; or the sandbox's http://127.0.0.1:…
//   api_version = v25.0
//   credentials_file = /etc/carebridge/whatsapp.credentials  ; 0600: access_token, app_secret, verify_token
//   [outreach]
//   quiet_hours = 20-8                 ; no proactive templates from 20:00 to 08:00
//   max_per_week = 3                   ; proactive templates per patient per 7 days
//   [clinic]
//   address = 200 Harbor Street        ; the clinic's own address passes PhiGuard
//   [limits]                           ; the edge; every value has a safe default
//   io_threads = 2
//   max_connections = 1024
//   max_connections_per_address = 64
//   header_timeout_seconds = 15        ; a request's headers (and keep-alive idle)
//   body_timeout_seconds = 30
//   drain_seconds = 30                 ; on SIGTERM, how long what is in flight may take to finish
//   [security]
//   hashing_threads =                  ; password hashes at once (default: half the cores, at least 1)
//   hashing_queue = 16                 ; waiting beyond that: 503 with Retry-After
//   enrolment_code_hours = 72          ; how long an admin's one-time enrolment code lasts
//   step_up_seconds = 300              ; admin changes need the password and code again after this
//   [audit]
//   checkpoint_events = 1000           ; sign a checkpoint of the chain head after this many events
//   checkpoint_seconds = 300           ; and this often while there are new events (also at shutdown)
//   [portal]                           ; absent: no secure portal (escalation is refused)
//   public_url = https://portal.sunrise-clinic.example   ; what patients' links start with
//   address = 127.0.0.1                ; the portal's own listener (behind nginx's internet face)
//   port = 8444
//   invitation_hours = 24              ; a link not verified by then has expired
//   code_minutes = 10                  ; the 6-digit WhatsApp code
//   idle_minutes = 15                  ; a portal session with no request for this long ends
//   absolute_minutes = 60              ; the longest a portal session lives
//   nudge_minutes = 15                 ; at most one WhatsApp nudge per patient this often
//   max_attempts = 5                   ; wrong codes or dates of birth before a link locks
//   upload_megabytes = 10              ; a patient's photo or PDF
//   certificate = /etc/carebridge/portal.crt  ; the portal's own TLS (default: [tls])
//   private_key = /etc/carebridge/portal.key

// Where the WhatsApp Cloud API is and how to reach it. Secrets are not here:
// they live in the credentials file (see WhatsAppCredentials).
struct WhatsAppSettings
{
    QString phoneNumberId;
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString apiVersion = QStringLiteral("v25.0");
    QString credentialsFile;
    qint64 maxMediaBytes = 16 * 1024 * 1024;
    qint64 maxWebhookBytes = 4 * 1024 * 1024;

    bool enabled() const { return !phoneNumberId.isEmpty(); }
};

// The patient portal: its own listener, and the public URL links are made of.
// Durations in seconds here; the INI file takes the units named above (tests
// may also give *_seconds to keep runs short).
struct PortalSettings
{
    QUrl publicUrl;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8444;
    std::int64_t invitationSeconds = 24 * 3600;
    std::int64_t codeSeconds = 10 * 60;
    std::int64_t idleSeconds = 15 * 60;
    std::int64_t absoluteSeconds = 60 * 60;
    std::int64_t nudgeSeconds = 15 * 60;
    int maxAttempts = 5;
    qint64 uploadBytes = 10 * 1024 * 1024;
    QString tlsCertificate; // empty: the server's [tls], if any
    QString tlsPrivateKey;

    bool enabled() const { return publicUrl.isValid() && !publicUrl.isEmpty(); }
};

// How long messages are kept ([retention]): six years by default (HIPAA's
// documentation period); tests give days or seconds.
struct RetentionSettings
{
    int years = 6;
    std::int64_t seconds = 0; // when set (days or seconds in the file), wins over years

    // Messages sent before this are past the period.
    std::int64_t cutoffMs(std::int64_t nowMs) const;
};

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString dataDir;
    QString masterKeyFile;
    QString deviceKeyring;  // [server] device_keyring; default <data_dir>/device-keyring
    QString backupDir;      // [backup] directory; default <data_dir>/backups
    int backupKeep = 48;    // [backup] keep: the newest this many stay
    QString tlsCertificate;
    QString tlsPrivateKey;
    QString clinicName = QStringLiteral("Carebridge");
    crypto::PasswordHash::Cost passwordCost = crypto::PasswordHash::interactiveServerCost();
    policy::SessionPolicy sessionPolicy; // the clinic's defaults; roles may only tighten them
    int sessionRecheckSeconds = 30;      // how often open event streams look for sessions that timed out
    QString clinicAddress;
    bool replyAssigns = true; // [inbox] reply_assigns: a reply makes an unassigned conversation the replier's
    // [inbox] front_desk_portal = summary: minimum necessary for the front desk. Staff whose
    // only reading role is front desk see secure-portal messages as "Secure message …", never
    // their text or files, and do not write on the portal (server/inbox/minimum_necessary.h).
    bool frontDeskPortalSummary = false;
    WhatsAppSettings whatsapp;
    PortalSettings portal;
    RetentionSettings retention;
    policy::OutreachPolicy outreach;
    http::EdgeLimits limits;
    int hashingThreads = defaultHashingThreads();
    int hashingQueue = 16;
    int enrolmentCodeHours = 72;
    int stepUpSeconds = 300;
    int drainSeconds = 30; // on SIGTERM, how long requests in flight (a password hash) may take to finish
    int auditCheckpointEvents = 1000;  // a signed checkpoint after this many new audit events
    int auditCheckpointSeconds = 300;  // and at least this often while there are new events

    bool tlsEnabled() const { return !tlsCertificate.isEmpty(); }
    // Half the cores: the other half keeps answering webhooks during a burst of sign-ins.
    static int defaultHashingThreads();
    QString storePath() const;
    QString logDir() const;
    // Every audit checkpoint, one JSON line each, appended (owner-only).
    QString auditAnchorPath() const;
    // The keys that wrap workstations' device secrets: never in a backup.
    QString deviceKeyringPath() const;

    // Every problem found, one sentence each; empty when the file is usable.
    static ServerConfig load(const QString &path, QStringList *errors);
};

} // namespace cb::server
