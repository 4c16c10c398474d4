// The dashboard's count axes show each whole number once (issue 21: a range of
// 0…2 with five ticks read "0, 0, 1, 1, 2").
#include "ui/admin/count_axis.h"

#include <QValueAxis>
#include <QtTest>

using namespace cb::ui;

class TestCountAxis : public QObject
{
    Q_OBJECT
private slots:
    void everyTickIsADistinctWholeNumber_data()
    {
        QTest::addColumn<double>("highest");
        for (const double highest : {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 7.0, 12.0, 99.0, 1234.0}) {
            QTest::newRow(qPrintable(QString::number(highest))) << highest;
        }
    }

    void everyTickIsADistinctWholeNumber()
    {
        QFETCH(double, highest);
        const CountScale scale = countScale(highest);
        QVERIFY(scale.ticks >= 2 && scale.ticks <= 6);
        QVERIFY2(scale.top >= highest, "the highest bar fits");
        // The ticks fall on whole numbers: the range divides evenly.
        QCOMPARE(scale.top % (scale.ticks - 1), 0);
        std::unique_ptr<QValueAxis> axis(countAxis(highest));
        QCOMPARE(axis->tickCount(), scale.ticks);
        QCOMPARE(axis->max(), double(scale.top));
        QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));
    }

    void twoBarsOfOneAndTwo()
    {
        const CountScale scale = countScale(2);
        QCOMPARE(scale.top, 3);
        QCOMPARE(scale.ticks, 4); // 0, 1, 2, 3
    }
};

QTEST_MAIN(TestCountAxis)
#include "tst_count_axis.moc"
