#pragma once

#include "core/crypto/secret_bytes.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace cb::server {

// The WhatsApp Business secrets, read from a file only its owner can read:
//   access_token = EAAG…      (Graph API bearer token)
//   app_secret = 4f1c…        (signs webhooks: X-Hub-Signature-256)
//   verify_token = …          (the webhook GET handshake)
// They never appear in the configuration, the repository or a log.
class WhatsAppCredentials
{
public:
    class Error : public std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    // Throws Error if the file is missing, readable by others, or lacks a key.
    static WhatsAppCredentials load(const QString &path);

    const crypto::SecretBytes &accessToken() const { return m_accessToken; }
    const crypto::SecretBytes &appSecret() const { return m_appSecret; }
    const crypto::SecretBytes &verifyToken() const { return m_verifyToken; }

private:
    crypto::SecretBytes m_accessToken;
    crypto::SecretBytes m_appSecret;
    crypto::SecretBytes m_verifyToken;
};

// A short-lived QByteArray copy of a secret for an API that needs one; the
// caller wipes it with wipe() as soon as it is done.
QByteArray exposeSecret(const crypto::SecretBytes &secret);
void wipe(QByteArray &bytes);

} // namespace cb::server
