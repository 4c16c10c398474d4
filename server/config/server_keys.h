#pragma once

#include "core/crypto/secret_bytes.h"

namespace cb::server {

// Every key the server uses, each an independent subkey of the master key
// (crypto_kdf, context "cbserver"). The ids are fixed forever: never reuse one.
struct ServerKeys
{
    crypto::SecretBytes store;         // 1: SQLCipher key of server.db
    crypto::SecretBytes totpSeal;      // 2: secretbox key for TOTP secrets
    crypto::SecretBytes tokenHash;     // 3: keyed hash of session tokens
    crypto::SecretBytes audit;         // 4: keyed hash of the audit chain
    crypto::SecretBytes recoveryCodes; // 5: keyed hash of recovery codes
    crypto::SecretBytes deviceSeal;    // 6: secretbox key for per-device cache secrets
    crypto::SecretBytes enrolmentCodes; // 7: keyed hash of one-time enrolment codes
    crypto::SecretBytes portalTokens;   // 8: keyed hash of portal links, session cookies, codes and CSRF tokens
    crypto::SecretBytes auditSigningSeed; // 9: Ed25519 seed that signs the audit trail's checkpoints
    crypto::SecretBytes backup;         // 10: base of each backup's own store key (BackupKeys)
    crypto::SecretBytes deviceKeyring;  // 11: secretbox key for the device keyring file (DeviceKeyring)
    // The PostgreSQL store's patient fields (store/postgres/PatientFields):
    crypto::SecretBytes pgFieldSeal;    // 12: AEAD key of every patient field written to PostgreSQL
    crypto::SecretBytes pgLookupHash;   // 13: keyed hash of exact lookups (numbers, wamids)
    crypto::SecretBytes pgSearchWords;  // 14: keyed hash of search words' prefixes

    static ServerKeys derive(const crypto::SecretBytes &masterKey);
};

} // namespace cb::server
