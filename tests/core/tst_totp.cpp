#include "core/crypto/totp.h"
#include "tests/support/test_env.h"

#include <QUrlQuery>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::crypto::Totp;

namespace {
// RFC 6238 appendix B's SHA-1 seed: "12345678901234567890".
SecretBytes rfcSecret()
{
    const QByteArray seed = "12345678901234567890";
    return SecretBytes::copyOf({reinterpret_cast<const unsigned char *>(seed.constData()), std::size_t(seed.size())});
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    void matchesRfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("code");
        // RFC 6238 appendix B (SHA-1), last six digits of the eight-digit values.
        QTest::newRow("59") << qint64(59) << QByteArray("287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QByteArray("081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QByteArray("050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QByteArray("005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QByteArray("279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QByteArray("353130");
    }
    void matchesRfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QByteArray, code);
        QCOMPARE(Totp::generate(rfcSecret(), time), code);
        const auto step = Totp::verify(rfcSecret(), code, time);
        QVERIFY(step.has_value());
        QCOMPARE(*step, std::uint64_t(time / 30));
    }

    void matchesRfc4226HotpVectorsThroughStepCounters()
    {
        // RFC 4226 appendix D: HOTP(counter) for counters 0..3; TOTP at t = counter*30.
        const QList<QByteArray> hotp{"755224", "287082", "359152", "969429"};
        for (int counter = 0; counter < hotp.size(); ++counter) {
            QCOMPARE(Totp::generate(rfcSecret(), qint64(counter) * 30), hotp[counter]);
        }
    }

    void acceptsOneStepEitherSideOnly()
    {
        const SecretBytes secret = Totp::newSecret();
        const qint64 now = 1'800'000'000;
        const QByteArray code = Totp::generate(secret, now);
        QVERIFY(Totp::verify(secret, code, now + 30).has_value());
        QVERIFY(Totp::verify(secret, code, now - 30).has_value());
        QVERIFY(!Totp::verify(secret, code, now + 61).has_value());
        QVERIFY(!Totp::verify(secret, code, now - 61).has_value());
    }

    void rejectsMalformedCodes()
    {
        const SecretBytes secret = Totp::newSecret();
        for (const QByteArray &bad : {QByteArray(), QByteArray("12345"), QByteArray("1234567"), QByteArray("12a456"),
                                      QByteArray("      ")}) {
            QVERIFY(!Totp::verify(secret, bad, 1'800'000'000).has_value());
        }
    }

    void interoperatesWithOathtool()
    {
        const SecretBytes secret = Totp::newSecret();
        const QByteArray base32 = Totp::base32(secret);
        QVERIFY(!base32.contains('='));
        QByteArray output;
        QCOMPARE(cb::test::runProgram(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"),
                                                                   QString::fromLatin1(base32)},
                                      &output),
                 0);
        const QByteArray code = output.trimmed();
        QVERIFY(Totp::verify(secret, code, QDateTime::currentSecsSinceEpoch()).has_value());
    }

    void provisioningUriIsStandard()
    {
        const SecretBytes secret = rfcSecret();
        const QUrl uri(Totp::provisioningUri(QStringLiteral("Sunrise Clinic"), QStringLiteral("mgarcia"), secret));
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/Sunrise Clinic:mgarcia"));
        const QUrlQuery query(uri);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Sunrise Clinic"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
