#include "client/session/system_lock_signals.h"

#include "core/log/logging.h"

#include <QDBusConnection>

namespace cb::client {

SystemLockSignals::SystemLockSignals(QObject *parent) : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    for (const QString &iface : {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
        session.connect(QString(), QString(), iface, QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                         QStringLiteral("org.freedesktop.login1.Manager"),
                                         QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
}

void SystemLockSignals::onScreenSaverActiveChanged(bool active)
{
    if (active) {
        log::logger("auth")->info("screen locked by the system");
        emit lockRequested(QStringLiteral("screen_locked"));
    }
}

void SystemLockSignals::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        log::logger("auth")->info("system going to sleep");
        emit lockRequested(QStringLiteral("sleep"));
    }
}

} // namespace cb::client
