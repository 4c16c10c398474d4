#include "client/session/system_lock_signals.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QtTest>

// Runs on the private session bus of scripts/with-keyring.sh: a real D-Bus
// signal, as GNOME or KDE sends when the screen locks.
class TestSystemLockSignals : public QObject
{
    Q_OBJECT
private:
    static void announce(const QString &iface, bool active)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), iface,
                                                         QStringLiteral("ActiveChanged"));
        signal << active;
        QVERIFY(QDBusConnection::sessionBus().send(signal));
    }

private slots:
    void screenLockLocksUs()
    {
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        cb::client::SystemLockSignals signalsSource;
        QSignalSpy lock(&signalsSource, &cb::client::SystemLockSignals::lockRequested);
        announce(QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QTRY_COMPARE(lock.size(), 1);
        QCOMPARE(lock.first().first().toString(), QStringLiteral("screen_locked"));
        announce(QStringLiteral("org.gnome.ScreenSaver"), true);
        QTRY_COMPARE(lock.size(), 2);
    }

    void screenUnlockDoesNothing()
    {
        cb::client::SystemLockSignals signalsSource;
        QSignalSpy lock(&signalsSource, &cb::client::SystemLockSignals::lockRequested);
        announce(QStringLiteral("org.freedesktop.ScreenSaver"), false);
        QTest::qWait(300);
        QCOMPARE(lock.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemLockSignals)
#include "tst_system_lock_signals.moc"
