#include "core/crypto/secret_bytes.h"

#include <QtTest>

#include <type_traits>

using cb::crypto::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT
private slots:
    void cannotBeCopiedByAccident()
    {
        static_assert(!std::is_copy_constructible_v<SecretBytes>);
        static_assert(!std::is_copy_assignable_v<SecretBytes>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
    }

    void startsZeroedAndSized()
    {
        const SecretBytes secret(48);
        QCOMPARE(secret.size(), std::size_t(48));
        for (unsigned char byte : secret.bytes()) {
            QCOMPARE(byte, static_cast<unsigned char>(0));
        }
        QVERIFY(SecretBytes().isEmpty());
        QVERIFY(SecretBytes(0).isEmpty());
    }

    void randomValuesDiffer()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes a = SecretBytes::random(32);
        const SecretBytes copy = a.clone();
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        QVERIFY(b.equals(copy));
        SecretBytes c(4);
        c = std::move(b);
        QVERIFY(b.isEmpty());
        QVERIFY(c.equals(copy));
    }

    void equalsComparesContentAndSize()
    {
        const unsigned char raw[] = {1, 2, 3, 4};
        const SecretBytes a = SecretBytes::copyOf(raw);
        const SecretBytes b = SecretBytes::copyOf(raw);
        const SecretBytes shorter = SecretBytes::copyOf(std::span(raw, 3));
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(shorter));
        QVERIFY(SecretBytes().equals(SecretBytes()));
    }

    void takeFromWipesTheSource()
    {
        QByteArray plain("hunter2-but-longer");
        QByteArray alias = plain; // shares storage until detach
        const SecretBytes secret = SecretBytes::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())),
                 QByteArray("hunter2-but-longer"));
        Q_UNUSED(alias);
    }

    void hexEncodesLowerCase()
    {
        const unsigned char raw[] = {0x00, 0xab, 0xff, 0x10};
        const SecretBytes hex = SecretBytes::copyOf(raw).toHex();
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(hex.data()), qsizetype(hex.size())),
                 QByteArray("00abff10"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secret_bytes.moc"
