#include "core/policy/password_policy.h"

#include <QtTest>

using cb::policy::PasswordPolicy;
using Verdict = cb::policy::PasswordPolicy::Verdict;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private:
    const QStringList m_context{QStringLiteral("mgarcia"), QStringLiteral("María García"), QStringLiteral("Sunrise Clinic")};

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("verdict");
        QTest::newRow("passphrase") << "correct horse battery staple" << int(Verdict::Acceptable);
        QTest::newRow("random") << "4xR!9qLm#2Vd" << int(Verdict::Acceptable);
        QTest::newRow("unicode passphrase") << "niño águila café montaña" << int(Verdict::Acceptable);
        QTest::newRow("11 chars") << "Xk9#mQ2$vL7" << int(Verdict::TooShort);
        QTest::newRow("common") << "password1234" << int(Verdict::TooGuessable);
        QTest::newRow("keyboard walk") << "qwertyuiopasdf" << int(Verdict::TooGuessable);
        QTest::newRow("repeats") << "aaaaaaaaaaaaaaaa" << int(Verdict::TooGuessable);
        QTest::newRow("username") << "mgarcia2024!!" << int(Verdict::ContainsContext);
        QTest::newRow("clinic and year") << "Sunrise Clinic 2026" << int(Verdict::TooGuessable);
        QTest::newRow("product") << "carebridge123" << int(Verdict::ContainsContext);
        QTest::newRow("129 chars") << QString(129, QLatin1Char('x')) << int(Verdict::TooLong);
    }
    void verdicts()
    {
        QFETCH(QString, password);
        QFETCH(int, verdict);
        const auto result = PasswordPolicy::check(password, m_context);
        QCOMPARE(int(result.verdict), verdict);
        QCOMPARE(result.reason.isEmpty(), result.acceptable());
    }

    void acceptsSixtyFourCharactersAndMore()
    {
        const QString long64 = QStringLiteral("the quick brown fox jumps over the lazy dog near the river bank!!");
        QVERIFY(long64.size() >= 64);
        QVERIFY(PasswordPolicy::check(long64, m_context).acceptable());
    }

    void countsCharactersNotBytes()
    {
        // 12 emoji are 12 characters (24 UTF-16 units, 48 UTF-8 bytes).
        QString emoji;
        for (char32_t c : {U'🐢', U'🌵', U'🚲', U'🎻', U'🍋', U'🦉', U'🧭', U'🪁', U'🥁', U'🦔', U'🪴', U'🛶'}) {
            emoji += QString::fromUcs4(&c, 1);
        }
        QVERIFY(PasswordPolicy::check(emoji, {}).verdict != Verdict::TooShort);
        QCOMPARE(PasswordPolicy::check(emoji.left(22), {}).verdict, Verdict::TooShort);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
