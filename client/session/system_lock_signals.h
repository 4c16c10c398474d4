#pragma once

#include <QObject>

namespace cb::client {

// Turns the desktop's own "lock now" moments into one signal: the screen saver
// or screen lock starting (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver
// ActiveChanged on the session bus) and the machine going to sleep (logind's
// PrepareForSleep on the system bus).
class SystemLockSignals : public QObject
{
    Q_OBJECT
public:
    explicit SystemLockSignals(QObject *parent = nullptr);

signals:
    void lockRequested(const QString &reason); // "screen_locked" or "sleep"

private slots:
    // D-Bus delivers to slots by name (QDBusConnection::connect has no
    // pointer-to-member form), so these two are the only string-based connections.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);
};

} // namespace cb::client
