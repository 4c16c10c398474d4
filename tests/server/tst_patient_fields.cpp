#include "core/crypto/key_derivation.h"
#include "server/config/server_keys.h"
#include "server/store/postgres/patient_fields.h"

#include <QSet>
#include <QtTest>

using cb::crypto::SecretBytes;
using cb::store::pg::PatientFields;

// Issue 23: what the server writes to PostgreSQL in place of patient data.
class TestPatientFields : public QObject
{
    Q_OBJECT
private:
    static PatientFields fields(const SecretBytes &master)
    {
        return PatientFields::fromKeys(cb::server::ServerKeys::derive(master));
    }
    const SecretBytes m_master = SecretBytes::random(32);

private slots:
    void aSealedFieldOpensOnlyInItsPlaceWithItsKey()
    {
        const PatientFields mine = fields(m_master);
        const QString text = QStringLiteral("Zoë Núñez: my rash is worse 🩹");
        const QByteArray sealed = mine.seal("messages.body", text);
        QVERIFY(!sealed.contains("rash") && !sealed.contains(text.toUtf8()));
        QCOMPARE(mine.open("messages.body", sealed).value_or(QString()), text);
        QVERIFY(mine.seal("messages.body", text) != sealed); // a fresh nonce: equal texts do not show
        QVERIFY(!mine.open("contacts.profile_name", sealed).has_value());
        QVERIFY(!fields(SecretBytes::random(32)).open("messages.body", sealed).has_value());
        const QByteArray photo("\x89PNG\r\n\x1a\n\0\1\2", 11);
        QCOMPARE(mine.openBytes("media.bytes", mine.sealBytes("media.bytes", photo)).value_or(QByteArray()), photo);
        // The same master key derives the same keys: a restarted node opens what another wrote.
        QCOMPARE(fields(m_master).open("messages.body", sealed).value_or(QString()), text);
    }

    // A number a patient is found by, and read back: equal values seal equal in
    // one place, and differ in another place or under another key.
    void anExactSealIsStableFoundByEqualityAndOpens()
    {
        const PatientFields mine = fields(m_master);
        const QString number = QStringLiteral("15550001234");
        const QByteArray sealed = mine.sealExact("contacts.wa_id", number);
        QVERIFY(!sealed.contains(number.toUtf8()) && !sealed.contains("0001234"));
        QCOMPARE(mine.sealExact("contacts.wa_id", number), sealed);
        QCOMPARE(fields(m_master).sealExact("contacts.wa_id", number), sealed);
        QVERIFY(mine.sealExact("contacts.wa_id", QStringLiteral("15550001235")) != sealed);
        QVERIFY(mine.sealExact("contacts.user_id", number) != sealed);
        QVERIFY(fields(SecretBytes::random(32)).sealExact("contacts.wa_id", number) != sealed);
        QCOMPARE(mine.open("contacts.wa_id", sealed).value_or(QString()), number);
        QVERIFY(!mine.open("contacts.user_id", sealed).has_value());
        // Its nonce is not the value's lookup hash (two uses of one key, kept apart).
        QVERIFY(!mine.lookup("contacts.wa_id", number).startsWith(sealed.left(24)));
    }

    void exactLookupsAreStableAndKeyed()
    {
        const PatientFields mine = fields(m_master);
        const QByteArray number = mine.lookup("contacts.wa_id", QStringLiteral("15550107007"));
        QCOMPARE(number.size(), 32);
        QCOMPARE(fields(m_master).lookup("contacts.wa_id", QStringLiteral("15550107007")), number);
        QVERIFY(mine.lookup("messages.wamid", QStringLiteral("15550107007")) != number);
        QVERIFY(mine.lookup("contacts.wa_id", QStringLiteral("15550107008")) != number);
        QVERIFY(fields(SecretBytes::random(32)).lookup("contacts.wa_id", QStringLiteral("15550107007")) != number);
        QVERIFY(!number.contains("5550107007"));
    }

    void aTypedWordFindsTheTextsWhoseWordsStartWithIt()
    {
        const PatientFields mine = fields(m_master);
        const QList<QByteArray> tokens = mine.searchTokens(QStringLiteral("Zoë needs an APPOINTMENT on Saturday, Zoë"));
        const QSet<QByteArray> index(tokens.cbegin(), tokens.cend());
        QCOMPARE(index.size(), tokens.size()); // each token once
        for (const QByteArray &token : tokens) {
            QCOMPARE(token.size(), PatientFields::TokenSize);
        }
        // Case and accents folded, prefixes of 2 to 6 letters, longer words by their first 6.
        for (const QString &typed : {QStringLiteral("zoe"), QStringLiteral("ZOË"), QStringLiteral("appoint"),
                                     QStringLiteral("appointment"), QStringLiteral("ap"), QStringLiteral("saturd"),
                                     QStringLiteral("needs")}) {
            QVERIFY2(index.contains(mine.queryToken(typed).value_or(QByteArray())), qPrintable(typed));
        }
        for (const QString &typed : {QStringLiteral("zoey"), QStringLiteral("rash"), QStringLiteral("sunday"),
                                     QStringLiteral("pointment")}) {
            QVERIFY2(!index.contains(mine.queryToken(typed).value_or(QByteArray())), qPrintable(typed));
        }
        // "appointments" shares the first 6 letters: a candidate, which the words
        // themselves, once opened, rule out.
        QVERIFY(index.contains(mine.queryToken(QStringLiteral("appointments")).value_or(QByteArray())));
        const QStringList words = PatientFields::foldedWords(QStringLiteral("Zoë needs an APPOINTMENT"));
        QCOMPARE(words, (QStringList{QStringLiteral("zoe"), QStringLiteral("needs"), QStringLiteral("an"),
                                     QStringLiteral("appointment")}));
        QVERIFY(std::none_of(words.cbegin(), words.cend(),
                             [](const QString &word) { return word.startsWith(QLatin1String("appointments")); }));

        // Too short, or more than one word: no token.
        QVERIFY(!mine.queryToken(QStringLiteral("a")).has_value());
        QVERIFY(!mine.queryToken(QStringLiteral("two words")).has_value());
        QVERIFY(!mine.queryToken(QStringLiteral("!!")).has_value());
        // Another key, other tokens: the index means nothing without the master key.
        QVERIFY(!index.contains(fields(SecretBytes::random(32)).queryToken(QStringLiteral("zoe")).value_or(QByteArray())));
    }

    void aHugeTextIndexesABoundedNumberOfWords()
    {
        const PatientFields mine = fields(m_master);
        QString text;
        for (int i = 0; i < 20000; ++i) {
            text += QStringLiteral("w%1 ").arg(i);
        }
        QCOMPARE(PatientFields::foldedWords(text).size(), PatientFields::MaxWords);
        QVERIFY(mine.searchTokens(text).size() <= PatientFields::MaxWords * (PatientFields::MaxPrefix - 1));
    }
};

QTEST_GUILESS_MAIN(TestPatientFields)
#include "tst_patient_fields.moc"
