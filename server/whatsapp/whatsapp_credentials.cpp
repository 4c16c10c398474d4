#include "server/whatsapp/whatsapp_credentials.h"

#include "server/config/owner_only_file.h"

#include <QByteArrayView>

#include <sodium.h>

namespace cb::server {

QByteArray exposeSecret(const crypto::SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

WhatsAppCredentials WhatsAppCredentials::load(const QString &path)
{
    constexpr std::size_t MaxFileSize = 64 * 1024;
    const OwnerOnlyFile file = OwnerOnlyFile::read(path, MaxFileSize);
    switch (file.problem) {
    case OwnerOnlyFile::Problem::None: break;
    case OwnerOnlyFile::Problem::Missing:
        throw Error("WhatsApp credentials file " + path.toStdString() + " does not exist");
    case OwnerOnlyFile::Problem::NotOwnerOnly:
        throw Error("WhatsApp credentials file " + path.toStdString() + " must be readable by its owner only (chmod 600)");
    case OwnerOnlyFile::Problem::TooLarge:
    case OwnerOnlyFile::Problem::CannotOpen:
    case OwnerOnlyFile::Problem::CannotRead: throw Error("cannot read WhatsApp credentials file " + path.toStdString());
    }
    // Parsed in place: the secrets go from one locked buffer to another and are
    // never copied into ordinary memory.
    const QByteArrayView contents(reinterpret_cast<const char *>(file.bytes.data()), qsizetype(file.bytes.size()));
    WhatsAppCredentials credentials;
    qsizetype start = 0;
    while (start < contents.size()) {
        qsizetype end = contents.indexOf('\n', start);
        if (end < 0) {
            end = contents.size();
        }
        const QByteArrayView line = contents.sliced(start, end - start).trimmed();
        start = end + 1;
        const qsizetype equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || equals < 0) {
            continue;
        }
        const QByteArrayView key = line.first(equals).trimmed();
        const QByteArrayView value = line.sliced(equals + 1).trimmed();
        crypto::SecretBytes secret = crypto::SecretBytes::copyOf(
            {reinterpret_cast<const unsigned char *>(value.data()), std::size_t(value.size())});
        if (key == "access_token") {
            credentials.m_accessToken = std::move(secret);
        } else if (key == "app_secret") {
            credentials.m_appSecret = std::move(secret);
        } else if (key == "verify_token") {
            credentials.m_verifyToken = std::move(secret);
        }
    }
    if (credentials.m_accessToken.size() == 0 || credentials.m_appSecret.size() == 0 ||
        credentials.m_verifyToken.size() == 0) {
        throw Error("WhatsApp credentials file needs access_token, app_secret and verify_token");
    }
    return credentials;
}

} // namespace cb::server
