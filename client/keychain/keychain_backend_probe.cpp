#include "client/keychain/keychain_backend_probe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QStringList>

namespace cb::client {

bool keychainBackendReachable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || bus.interface() == nullptr) {
        return false;
    }
    static const QStringList services{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                      QStringLiteral("org.kde.kwalletd5")};
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    for (const QString &service : services) {
        if (bus.interface()->isServiceRegistered(service).value() ||
            (activatable.isValid() && activatable.value().contains(service))) {
            return true;
        }
    }
    return false;
}

} // namespace cb::client
