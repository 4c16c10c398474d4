// Times in the reader's locale: their clock, their day names, words for today
// and yesterday; never a hard-coded English 24-hour "Sat 08:07".
#include "ui/shell/local_time.h"

#include <QLocale>
#include <QtTest>

using namespace cb::ui;

class TestLocalTime : public QObject
{
    Q_OBJECT

    // Saturday 5 December 2026, 16:05 local; "now" is the same day at 18:00.
    const QDateTime m_now{QDate(2026, 12, 5), QTime(18, 0)};
    std::int64_t at(int daysBack, int hour, int minute) const
    {
        return QDateTime(m_now.date().addDays(-daysBack), QTime(hour, minute)).toMSecsSinceEpoch();
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void englishUsesTheTwelveHourClock()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(localtime::brief(at(0, 16, 5), m_now), QStringLiteral("4:05 PM"));
        QCOMPARE(localtime::brief(at(1, 16, 5), m_now), QStringLiteral("Yesterday"));
        QCOMPARE(localtime::brief(at(3, 9, 0), m_now), QStringLiteral("Wed"));
        QCOMPARE(localtime::withTime(at(3, 9, 0), m_now), QStringLiteral("Wed 9:00 AM"));
        QCOMPARE(localtime::brief(at(30, 9, 0), m_now), QStringLiteral("11/5/26"));
    }

    void spanishUsesItsOwnClockAndDays()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        const QString today = localtime::brief(at(0, 16, 5), m_now);
        QVERIFY2(!today.contains(QLatin1String("PM")) && today.contains(QLatin1String("05")), qPrintable(today));
        const QString wednesday = localtime::brief(at(3, 9, 0), m_now);
        QVERIFY2(wednesday.startsWith(QLatin1String("mi")), qPrintable(wednesday)); // miércoles
        const QString longAgo = localtime::brief(at(30, 9, 0), m_now);
        QVERIFY2(longAgo.startsWith(QLatin1String("05/11")) || longAgo.startsWith(QLatin1String("5/11")), qPrintable(longAgo));
    }
};

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_local_time.moc"
