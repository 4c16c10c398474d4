#include "core/crypto/aead_box.h"
#include "core/crypto/key_derivation.h"
#include "core/crypto/keyed_hash.h"
#include "core/crypto/password_hash.h"
#include "core/crypto/random_token.h"
#include "core/crypto/secret_box.h"

#include <QSet>
#include <QtTest>

using namespace cb::crypto;

namespace {
SecretBytes secretOf(const QByteArray &text)
{
    return SecretBytes::copyOf({reinterpret_cast<const unsigned char *>(text.constData()),
                                static_cast<std::size_t>(text.size())});
}

SecretBytes sequentialKey(std::size_t size)
{
    SecretBytes key(size);
    for (std::size_t i = 0; i < size; ++i) {
        key.data()[i] = static_cast<unsigned char>(i);
    }
    return key;
}

QByteArray hexOf(const SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())).toHex();
}
} // namespace

// Vectors come from independent implementations: RFC 4231 for HMAC, Python's
// hashlib.blake2b for keyed BLAKE2b and crypto_kdf, the argon2 reference CLI for Argon2id.
class TestCryptoPrimitives : public QObject
{
    Q_OBJECT
private slots:
    void hmacSha256MatchesRfc4231()
    {
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void keyedHashMatchesBlake2bVector()
    {
        QCOMPARE(keyedHash(sequentialKey(32), "carebridge").toHex(),
                 QByteArray("f1953b1fcf5db0a7aa76b811415cfef8d235ad640f6a4089c214915a50460cc2"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyedHash(sequentialKey(8), "x"));
    }

    void subkeysMatchVectorsAndDiffer()
    {
        const SecretBytes master = sequentialKey(32);
        QCOMPARE(hexOf(deriveSubkey(master, 1, "cbserver")),
                 QByteArray("1c9a2450e44f63dbbc5833ac59711a1dd241e41da9b3fd08ded5ca76ad0fcc2a"));
        QCOMPARE(hexOf(deriveSubkey(master, 2, "cbserver")),
                 QByteArray("5b1d5dc8b7dc1f9050dc6e7293f79738f569600dd3ff99d056bf6db4ef09c2c7"));
        QCOMPARE(deriveSubkey(master, 1, "cbserver", 64).size(), std::size_t(64));
    }

    void subkeyDerivationRejectsMisuse()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, deriveSubkey(sequentialKey(16), 1, "cbserver"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, deriveSubkey(sequentialKey(32), 1, "short"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, deriveSubkey(sequentialKey(32), 1, "cbserver", 8));
    }

    void argon2idVerifiesReferenceCliHash()
    {
        // echo -n "correct horse battery staple" | argon2 carebridgesalt16 -id -t 2 -m 12 -p 1 -e
        const QByteArray reference =
            "$argon2id$v=19$m=4096,t=2,p=1$Y2FyZWJyaWRnZXNhbHQxNg$vEDuTYv5Cd6t/i2fXVLFDUYYGqJwIJzgwmVtsEqlcZY";
        QVERIFY(PasswordHash::verify(reference, secretOf("correct horse battery staple")));
        QVERIFY(!PasswordHash::verify(reference, secretOf("correct horse battery stapler")));
    }

    void argon2idRoundTripAndRehash()
    {
        const PasswordHash hasher(PasswordHash::minimumCost());
        const QByteArray encoded = hasher.hash(secretOf("a long enough passphrase"));
        QVERIFY(encoded.startsWith("$argon2id$v=19$"));
        QVERIFY(PasswordHash::verify(encoded, secretOf("a long enough passphrase")));
        QVERIFY(!PasswordHash::verify(encoded, secretOf("a long enough passphrasE")));
        QVERIFY(hasher.hash(secretOf("same")) != hasher.hash(secretOf("same"))); // random salt
        QVERIFY(!hasher.needsRehash(encoded));
        QVERIFY(PasswordHash(PasswordHash::interactiveServerCost()).needsRehash(encoded));
    }

    void argon2idRejectsMalformedHashes()
    {
        const SecretBytes password = secretOf("whatever");
        QVERIFY(!PasswordHash::verify({}, password));
        QVERIFY(!PasswordHash::verify("plaintext-password", password));
        QVERIFY(!PasswordHash::verify("$argon2i$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaA", password));
        QVERIFY(!PasswordHash::verify(QByteArray("$argon2id$") + QByteArray(200, 'a'), password));
    }

    void secretBoxRoundTripsAndDetectsTampering()
    {
        const SecretBox box(SecretBytes::random(32));
        const QByteArray sealed = box.seal(QByteArray("TOTP secret"));
        QCOMPARE(sealed.size(), 24 + 16 + 11);
        const auto opened = box.open(sealed);
        QVERIFY(opened.has_value());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(opened->data()), qsizetype(opened->size())),
                 QByteArray("TOTP secret"));
        QVERIFY(box.seal(QByteArray("same")) != box.seal(QByteArray("same"))); // fresh nonce

        for (int position : {0, 30, int(sealed.size()) - 1}) {
            QByteArray tampered = sealed;
            tampered[position] = char(tampered[position] ^ 0x01);
            QVERIFY2(!box.open(tampered).has_value(), "a flipped bit must not open");
        }
        QVERIFY(!box.open(sealed.left(39)).has_value());
        QVERIFY(!SecretBox(SecretBytes::random(32)).open(sealed).has_value());
        const auto empty = box.open(box.seal(QByteArray()));
        QVERIFY(empty.has_value() && empty->isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SecretBox(SecretBytes::random(16)));
    }

    void aeadBoxBindsItsAssociatedDataAndDetectsTampering()
    {
        const AeadBox box(SecretBytes::random(32));
        const QByteArray sealed = box.seal(QByteArray("Zoe's test results"), QByteArray("messages.body"));
        QCOMPARE(qsizetype(sealed.size()), qsizetype(AeadBox::Overhead) + 18);
        QVERIFY(!sealed.contains("results"));
        QCOMPARE(box.open(sealed, QByteArray("messages.body")).value_or(QByteArray()), QByteArray("Zoe's test results"));
        QVERIFY(box.seal(QByteArray("same"), "x") != box.seal(QByteArray("same"), "x")); // fresh nonce
        // Moved to another place, it does not open.
        QVERIFY(!box.open(sealed, QByteArray("contacts.name")).has_value());
        QVERIFY(!box.open(sealed, QByteArray()).has_value());
        for (int position : {0, 30, int(sealed.size()) - 1}) {
            QByteArray tampered = sealed;
            tampered[position] = char(tampered[position] ^ 0x01);
            QVERIFY2(!box.open(tampered, QByteArray("messages.body")).has_value(), "a flipped bit must not open");
        }
        QVERIFY(!box.open(sealed.left(39), QByteArray("messages.body")).has_value());
        QVERIFY(!AeadBox(SecretBytes::random(32)).open(sealed, QByteArray("messages.body")).has_value());
        const auto empty = box.open(box.seal(QByteArray(), "x"), "x");
        QVERIFY(empty.has_value() && empty->isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AeadBox(SecretBytes::random(16)));
    }

    void randomTokensAreUrlSafeAndUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray token = randomToken();
            QCOMPARE(token.size(), 43); // 256 bits, base64url without padding
            QVERIFY(!token.contains('+') && !token.contains('/') && !token.contains('='));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(randomBytes(0).size(), 0);
    }

    void constantTimeEqualsHandlesSizes()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_crypto_primitives.moc"
