#include "core/log/redaction.h"

#include <QtTest>

using cb::log::redact;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void masksIdentifiers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("email") << "reply to jane.roe+clinic@example.org now" << "reply to [email] now";
        QTest::newRow("ssn") << "ssn 123-45-6789 given" << "ssn [ssn] given";
        QTest::newRow("us phone dashes") << "call 555-123-4567" << "call [phone]";
        QTest::newRow("us phone parens") << "call (555) 123-4567 today" << "call [phone] today";
        QTest::newRow("e164") << "from +15551234567:" << "from [phone]:";
        QTest::newRow("spanish mobile") << "tel +34 612 345 678" << "tel [phone]";
        QTest::newRow("wa_id") << "wa_id 15551234567 sent" << "wa_id [digits] sent";
        QTest::newRow("mrn") << "MRN 00482913 opened" << "MRN [digits] opened";
        QTest::newRow("several") << "a@b.co and 555-123-4567" << "[email] and [phone]";
    }
    void masksIdentifiers()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(redact(input.toStdString())), expected);
    }

    void leavesOperationalTextAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("ip and port") << "listening on https://127.0.0.1:8443";
        QTest::newRow("short ids") << "conversation 4182 assigned to user 17";
        QTest::newRow("version") << "schema version 12, sqlcipher 4.6.1";
        QTest::newRow("words") << "store open";
    }
    void leavesOperationalTextAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(QString::fromStdString(redact(input.toStdString())), input);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
