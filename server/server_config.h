#pragma once

#include "core/crypto/password_hash.h"
#include "core/policy/session_policy.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace cb::server {

// carebridge-server's configuration, read from an INI file:
//
//   [server]
//   address = 127.0.0.1
//   port = 8443
//   data_dir = /var/lib/carebridge
//   master_key_file =            ; default: $CREDENTIALS_DIRECTORY/master-key or <data_dir>/master.key
//   [tls]
//   certificate = /etc/carebridge/tls.crt
//   private_key = /etc/carebridge/tls.key
//   [clinic]
//   name = Sunrise Family Clinic       ; shown in authenticator apps
//   [security]
//   password_hashing = moderate        ; or "interactive" (tests, small machines)
//   [sessions]
//   lock_after_idle_seconds = 600      ; desktop locks (after a 30 s countdown)
//   end_after_idle_seconds = 1800      ; server ends the session
//   absolute_seconds = 43200           ; longest a session may live
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString dataDir;
    QString masterKeyFile;
    QString tlsCertificate;
    QString tlsPrivateKey;
    QString clinicName = QStringLiteral("Carebridge");
    crypto::PasswordHash::Cost passwordCost = crypto::PasswordHash::interactiveServerCost();
    policy::SessionPolicy sessionPolicy; // the clinic's defaults; roles may only tighten them

    bool tlsEnabled() const { return !tlsCertificate.isEmpty(); }
    QString storePath() const;
    QString logDir() const;

    // Every problem found, one sentence each; empty when the file is usable.
    static ServerConfig load(const QString &path, QStringList *errors);
};

} // namespace cb::server
