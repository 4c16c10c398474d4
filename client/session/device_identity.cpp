#include "client/session/device_identity.h"

#include "core/crypto/random_token.h"

#include <QSettings>

namespace cb::client {

DeviceIdentity::DeviceIdentity(QSettings &settings, Keychain &keychain) : m_settings(settings), m_keychain(keychain) {}

QString DeviceIdentity::deviceId()
{
    QString id = m_settings.value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = QString::fromLatin1(crypto::randomToken(16));
        m_settings.setValue(QStringLiteral("device/id"), id);
        m_settings.sync();
    }
    return id;
}

void DeviceIdentity::withDeviceSecret(std::function<void(Keychain::Result)> done)
{
    const QString entry = QString::fromLatin1(KeychainEntry);
    m_keychain.readSecret(entry, [this, entry, done](Keychain::Result read) {
        if (read.status != Keychain::Status::NotFound) {
            done(std::move(read));
            return;
        }
        auto fresh = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::random(32));
        m_keychain.writeSecret(entry, *fresh, [fresh, done](Keychain::Result written) {
            if (written.status == Keychain::Status::Ok) {
                written.secret = std::move(*fresh);
            }
            done(std::move(written));
        });
    });
}

} // namespace cb::client
