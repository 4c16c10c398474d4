#include "server/whatsapp_credentials.h"

#include <QFile>
#include <QFileInfo>

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
    const QFileInfo info(path);
    if (!info.exists()) {
        throw Error("WhatsApp credentials file " + path.toStdString() + " does not exist");
    }
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & others) {
        throw Error("WhatsApp credentials file " + path.toStdString() + " must be readable by its owner only (chmod 600)");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error("cannot read WhatsApp credentials file " + path.toStdString());
    }
    QByteArray contents = file.readAll();
    WhatsAppCredentials credentials;
    for (const QByteArray &rawLine : contents.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || equals < 0) {
            continue;
        }
        const QByteArray key = line.left(equals).trimmed();
        QByteArray value = line.mid(equals + 1).trimmed();
        crypto::SecretBytes secret = crypto::SecretBytes::takeFrom(value);
        if (key == "access_token") {
            credentials.m_accessToken = std::move(secret);
        } else if (key == "app_secret") {
            credentials.m_appSecret = std::move(secret);
        } else if (key == "verify_token") {
            credentials.m_verifyToken = std::move(secret);
        }
    }
    wipe(contents);
    if (credentials.m_accessToken.size() == 0 || credentials.m_appSecret.size() == 0 ||
        credentials.m_verifyToken.size() == 0) {
        throw Error("WhatsApp credentials file needs access_token, app_secret and verify_token");
    }
    return credentials;
}

} // namespace cb::server
