#include "ui/inbox/snooze_times.h"

#include <QtTest>

using cb::ui::SnoozeChoice;
using cb::ui::snoozeUntil;

// The snooze menu's times, on the days where they are easy to get wrong.
class TestSnoozeTimes : public QObject
{
    Q_OBJECT
private slots:
    void choices_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("choice");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime mondayNoon(QDate(2026, 11, 23), QTime(12, 0));
        const QDateTime sundayNight(QDate(2026, 11, 22), QTime(23, 30));
        const QDateTime saturdayMorning(QDate(2026, 11, 21), QTime(7, 0));
        QTest::newRow("an hour") << mondayNoon << int(SnoozeChoice::OneHour) << QDateTime(QDate(2026, 11, 23), QTime(13, 0));
        QTest::newRow("an hour past midnight") << sundayNight << int(SnoozeChoice::OneHour)
                                               << QDateTime(QDate(2026, 11, 23), QTime(0, 30));
        const QDateTime fridayAfternoon(QDate(2026, 11, 27), QTime(16, 0));
        QTest::newRow("next working day from late Sunday") << sundayNight << int(SnoozeChoice::NextWorkingDayMorning)
                                                           << QDateTime(QDate(2026, 11, 23), QTime(8, 0));
        QTest::newRow("next working day at month end") << QDateTime(QDate(2026, 11, 30), QTime(9, 0))
                                                       << int(SnoozeChoice::NextWorkingDayMorning)
                                                       << QDateTime(QDate(2026, 12, 1), QTime(8, 0));
        QTest::newRow("next working day from Friday is Monday") << fridayAfternoon << int(SnoozeChoice::NextWorkingDayMorning)
                                                                << QDateTime(QDate(2026, 11, 30), QTime(8, 0));
        QTest::newRow("next working day from Saturday is Monday") << saturdayMorning << int(SnoozeChoice::NextWorkingDayMorning)
                                                                  << QDateTime(QDate(2026, 11, 23), QTime(8, 0));
        QTest::newRow("Monday from Monday is a week on") << mondayNoon << int(SnoozeChoice::NextMonday)
                                                         << QDateTime(QDate(2026, 11, 30), QTime(8, 0));
        QTest::newRow("Monday from Sunday is tomorrow") << sundayNight << int(SnoozeChoice::NextMonday)
                                                        << QDateTime(QDate(2026, 11, 23), QTime(8, 0));
        QTest::newRow("Monday from Saturday") << saturdayMorning << int(SnoozeChoice::NextMonday)
                                              << QDateTime(QDate(2026, 11, 23), QTime(8, 0));
    }

    void choices()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, choice);
        QFETCH(QDateTime, expected);
        QCOMPARE(snoozeUntil(SnoozeChoice(choice), now), expected);
    }
};

QTEST_GUILESS_MAIN(TestSnoozeTimes)
#include "tst_snooze_times.moc"
