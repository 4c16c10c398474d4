#pragma once

#include "client/keychain/keychain.h"

#include <QObject>
#include <QString>

#include <functional>

class QSettings;

namespace cb::client {

// This workstation as the server knows it: a random device id (not secret, kept
// in settings) and a random device secret kept only in the OS keychain.
class DeviceIdentity
{
public:
    DeviceIdentity(QSettings &settings, Keychain &keychain);

    QString deviceId();
    // Reads the device secret, creating it on first use. Fails closed: without a
    // keychain there is no secret and no cache.
    void withDeviceSecret(std::function<void(Keychain::Result)> done);

    static constexpr const char *KeychainEntry = "device-secret";

private:
    QSettings &m_settings;
    Keychain &m_keychain;
};

} // namespace cb::client
