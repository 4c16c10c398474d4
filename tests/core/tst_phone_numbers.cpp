// Phone numbers as people type and read them (libphonenumber), and what search
// looks for when someone types one: the issue was that a 10-digit US number
// found nothing.
#include "core/phone/phone_numbers.h"

#include <QtTest>

using namespace cb::phone;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private slots:
    void usNumbersReadTheNationalWay()
    {
        QCOMPARE(display(QStringLiteral("15550107007")), QStringLiteral("(555) 010-7007"));
    }

    void numbersFromAbroadKeepTheirCountryCode()
    {
        QCOMPARE(display(QStringLiteral("34612345678")), QStringLiteral("+34 612 34 56 78"));
        QCOMPARE(display(QStringLiteral("5215512345678")).left(4), QStringLiteral("+52 "));
    }

    void whatIsNoNumberIsShownAsItCame()
    {
        QCOMPARE(display(QStringLiteral("12")), QStringLiteral("12"));
        QCOMPARE(display(QString()), QString());
    }

    void searchFindsANumberHoweverItIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::newRow("10 digits") << QStringLiteral("5550107007") << QStringLiteral("15550107007");
        QTest::newRow("national") << QStringLiteral("(555) 010-7007") << QStringLiteral("15550107007");
        QTest::newRow("dashes") << QStringLiteral("555-010-7007") << QStringLiteral("15550107007");
        QTest::newRow("dots") << QStringLiteral("555.010.7007") << QStringLiteral("15550107007");
        QTest::newRow("+1") << QStringLiteral("+1 555 010 7007") << QStringLiteral("15550107007");
        QTest::newRow("all digits") << QStringLiteral("15550107007") << QStringLiteral("15550107007");
        QTest::newRow("abroad") << QStringLiteral("+34 612 345 678") << QStringLiteral("34612345678");
        QTest::newRow("a part") << QStringLiteral("0107") << QStringLiteral("0107");
        QTest::newRow("last four") << QStringLiteral(" 7007 ") << QStringLiteral("7007");
    }

    void searchFindsANumberHoweverItIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QCOMPARE(searchDigits(typed), std::optional<QString>(digits));
    }

    void wordsAndShortNumbersAreNoPhoneSearch()
    {
        QCOMPARE(searchDigits(QStringLiteral("Maria")), std::nullopt);
        QCOMPARE(searchDigits(QStringLiteral("room 12")), std::nullopt);
        QCOMPARE(searchDigits(QStringLiteral("12")), std::nullopt);
        QCOMPARE(searchDigits(QStringLiteral("A1C 8.2")), std::nullopt);
        QCOMPARE(searchDigits(QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phone_numbers.moc"
