#include "client/session/inactivity_monitor.h"

#include <QSignalSpy>
#include <QtTest>

using cb::client::InactivityMonitor;
using cb::platform::ManualClock;

class TestInactivityMonitor : public QObject
{
    Q_OBJECT
private:
    static void input(QEvent::Type type)
    {
        QObject target;
        QEvent event(type);
        QCoreApplication::sendEvent(&target, &event); // passes the application-wide filter
    }

private slots:
    void countsDownThenLocks()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        QSignalSpy countdown(&monitor, &InactivityMonitor::countdown);
        QSignalSpy lock(&monitor, &InactivityMonitor::lockDue);
        monitor.start(600, 1800);
        clock.advanceSeconds(569);
        monitor.check();
        QCOMPARE(countdown.size(), 0);
        clock.advanceSeconds(1); // 30 s left
        monitor.check();
        QCOMPARE(countdown.size(), 1);
        QCOMPARE(countdown.last().first().toInt(), 30);
        clock.advanceSeconds(20);
        monitor.check();
        QCOMPARE(countdown.last().first().toInt(), 10);
        QCOMPARE(lock.size(), 0);
        clock.advanceSeconds(10);
        monitor.check();
        QCOMPARE(lock.size(), 1);
        monitor.check();
        QCOMPARE(lock.size(), 1); // once
    }

    void anyInputCancelsTheCountdown()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        QSignalSpy cancelled(&monitor, &InactivityMonitor::countdownCancelled);
        QSignalSpy lock(&monitor, &InactivityMonitor::lockDue);
        monitor.start(600, 1800);
        clock.advanceSeconds(590);
        monitor.check();
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::MouseMove, QEvent::MouseButtonPress, QEvent::Wheel}) {
            input(type);
            clock.advanceSeconds(590);
            monitor.check();
        }
        QCOMPARE(cancelled.size(), 4);
        QCOMPARE(lock.size(), 0);
        input(QEvent::Paint); // not input: does not count
        clock.advanceSeconds(10);
        monitor.check();
        QCOMPARE(lock.size(), 1);
    }

    void inputAfterTheLockDoesNotUnlock()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        QSignalSpy activity(&monitor, &InactivityMonitor::activity);
        QSignalSpy end(&monitor, &InactivityMonitor::sessionEndDue);
        monitor.start(600, 1800);
        clock.advanceSeconds(600);
        monitor.check();
        input(QEvent::KeyPress);
        QCOMPARE(activity.size(), 0);
        clock.advanceSeconds(1200); // 30 minutes idle in all
        monitor.check();
        QCOMPARE(end.size(), 1);
    }

    void timeSpentSuspendedCountsAsIdle()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        QSignalSpy lock(&monitor, &InactivityMonitor::lockDue);
        QSignalSpy end(&monitor, &InactivityMonitor::sessionEndDue);
        monitor.start(600, 1800);
        clock.advanceSeconds(2 * 3600); // the laptop slept for two hours; no timer ran
        monitor.check();                // first tick after waking
        QCOMPARE(end.size(), 1);        // straight to the end of the session
        QCOMPARE(lock.size(), 0);
    }

    void stopCancelsEverything()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        QSignalSpy lock(&monitor, &InactivityMonitor::lockDue);
        monitor.start(60, 120);
        monitor.stop();
        clock.advanceSeconds(500);
        monitor.check();
        QCOMPARE(lock.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInactivityMonitor)
#include "tst_inactivity_monitor.moc"
