#include "server/runtime/service_manager.h"

#include <systemd/sd-daemon.h>

#include <time.h>

namespace cb::server {

namespace {
void notify(const QString &state)
{
    sd_notify(0, state.toUtf8().constData());
}

quint64 monotonicMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return quint64(now.tv_sec) * 1'000'000u + quint64(now.tv_nsec) / 1000u;
}
} // namespace

ServiceManager::ServiceManager(QObject *parent) : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Twice per period, as sd_watchdog_enabled(3) advises.
        m_watchdog.setInterval(int(std::max<uint64_t>(usec / 2000, 100)));
        connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
        m_watchdog.start();
    }
}

void ServiceManager::ready(const QString &status)
{
    notify(QStringLiteral("READY=1\nSTATUS=") + status);
}

void ServiceManager::reloading()
{
    notify(QStringLiteral("RELOADING=1\nMONOTONIC_USEC=%1").arg(monotonicMicroseconds()));
}

void ServiceManager::reloaded(const QString &status)
{
    notify(QStringLiteral("READY=1\nSTATUS=") + status);
}

void ServiceManager::stopping()
{
    m_watchdog.stop();
    notify(QStringLiteral("STOPPING=1\nSTATUS=finishing requests in flight"));
}

} // namespace cb::server
