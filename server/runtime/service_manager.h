#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace cb::server {

// Talks to systemd when it started us (Type=notify): readiness once the
// listeners are bound, a watchdog ping from the event loop's own thread (so a
// stuck loop stops the pings and systemd restarts the service), RELOADING and
// STOPPING around a reload and a stop. Without $NOTIFY_SOCKET every call is a no-op.
class ServiceManager : public QObject
{
public:
    explicit ServiceManager(QObject *parent = nullptr);

    void ready(const QString &status);
    void reloading();
    void reloaded(const QString &status);
    void stopping();

private:
    QTimer m_watchdog;
};

} // namespace cb::server
