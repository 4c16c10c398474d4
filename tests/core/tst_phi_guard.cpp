#include "core/policy/phi_guard.h"

#include <QFile>
#include <QtTest>

using namespace cb::policy;
using namespace Qt::StringLiterals;

// PhiGuard against the labelled corpus (tests/data/phi/corpus.tsv) and a few
// targeted cases. The printed precision and recall are the README's figures.
class TestPhiGuard : public QObject
{
    Q_OBJECT
private:
    struct Sample
    {
        bool block = false;
        QString language;
        QString text;
        QString written; // as in the file, escapes and all (for printing)
    };

    // The corpus files' escapes: \uXXXX and \UXXXXXXXX stand for that code
    // point, \\ for a backslash, so that invisible and look-alike characters
    // can be written readably. Anything else is literal UTF-8.
    static QString unescape(const QString &field)
    {
        QString text;
        for (qsizetype i = 0; i < field.size(); ++i) {
            if (field[i] == u'\\' && i + 1 < field.size()) {
                const QChar kind = field[i + 1];
                const qsizetype digits = kind == u'u' ? 4 : kind == u'U' ? 8 : 0;
                const QString hex = field.mid(i + 2, digits);
                bool ok = digits > 0 && hex.size() == digits;
                for (const QChar c : hex) {
                    ok = ok && (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'));
                }
                const uint code = ok ? hex.toUInt(&ok, 16) : 0;
                if (ok && code <= 0x10FFFF) {
                    const char32_t c = code;
                    text += QString::fromUcs4(&c, 1);
                    i += 1 + digits;
                    continue;
                }
                if (kind == u'\\') {
                    text += kind;
                    ++i;
                    continue;
                }
            }
            text += field[i];
        }
        return text;
    }

    static QList<Sample> load(const char *name)
    {
        QFile file(qEnvironmentVariable("CB_TEST_DATA") + QStringLiteral("/phi/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<Sample> samples;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 3) {
                samples.append({fields[0] == QLatin1String("block"), fields[1], unescape(fields[2]), fields[2]});
            }
        }
        return samples;
    }

    struct Score
    {
        double precision = 0;
        double recall = 0;
    };

    // Scores one language ("" = all) and prints the figures and every miss.
    static Score measure(const QList<Sample> &samples, const char *set, const QString &language)
    {
        const PhiGuard guard;
        int truePositive = 0, falsePositive = 0, falseNegative = 0, count = 0;
        QStringList misses;
        for (const Sample &sample : samples) {
            if (!language.isEmpty() && sample.language != language) {
                continue;
            }
            ++count;
            const bool blocked = !guard.check(sample.text).allowed();
            truePositive += blocked && sample.block;
            falsePositive += blocked && !sample.block;
            falseNegative += !blocked && sample.block;
            if (blocked != sample.block) {
                misses << (sample.block ? QStringLiteral("missed: ") : QStringLiteral("over-blocked: ")) + sample.written;
            }
        }
        const Score score{double(truePositive) / std::max(1, truePositive + falsePositive),
                          double(truePositive) / std::max(1, truePositive + falseNegative)};
        qInfo("PhiGuard %s [%s]: %d messages, precision %.3f, recall %.3f", set,
              language.isEmpty() ? "all" : qPrintable(language), count, score.precision, score.recall);
        for (const QString &miss : misses) {
            qInfo("  %s", qPrintable(miss));
        }
        return score;
    }

private slots:
    void corpusPrecisionAndRecall()
    {
        const QList<Sample> samples = load("corpus.tsv");
        QVERIFY2(samples.size() >= 150, "the corpus must hold at least 150 labelled messages");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es"), QString()}) {
            const Score score = measure(samples, "corpus", language);
            // Recall matters most: a miss puts PHI on a non-compliant channel.
            QVERIFY2(score.recall >= 0.97, "PhiGuard lets clinical content or identifiers through");
            QVERIFY2(score.precision >= 0.95, "PhiGuard refuses too much ordinary logistics");
        }
    }

    // The rules were written while reading corpus.tsv; holdout.tsv was written
    // afterwards and never tuned against, so its figures are the honest ones.
    void holdoutIsMeasured()
    {
        const QList<Sample> samples = load("holdout.tsv");
        QVERIFY(samples.size() >= 40);
        const Score score = measure(samples, "holdout", QString());
        // Floors a little under the last measurement (precision 1.0, recall 0.955).
        QVERIFY2(score.precision >= 0.95, "held-out logistics are being refused");
        QVERIFY2(score.recall >= 0.9, "PhiGuard generalises worse than when last measured");
    }

    void namesWhatItFound()
    {
        const PhiVerdict verdict = PhiGuard().check(QStringLiteral("DOB 02/03/1990, take metformin 500 mg"));
        QVERIFY(!verdict.allowed());
        QCOMPARE(verdict.rules(), (QStringList{QStringLiteral("date_of_birth"), QStringLiteral("medication"),
                                               QStringLiteral("dose")}));
        QCOMPARE(verdict.findings.first().category, PhiFinding::Category::Identifier);
    }

    void accentsAndCaseDoNotHide()
    {
        QVERIFY(!PhiGuard().check(QStringLiteral("SU DIAGNÓSTICO ESTÁ LISTO")).allowed());
        QVERIFY(!PhiGuard().check(QStringLiteral("su diagnostico esta listo")).allowed());
        QCOMPARE(PhiGuard::normalise(QStringLiteral("Cirugía Ñandú")), QStringLiteral("cirugia nandu"));
    }

    void keywordWithoutValueIsLogistics()
    {
        QVERIFY(PhiGuard().check(QStringLiteral("Please bring your Medicare card")).allowed());
        QVERIFY(PhiGuard().check(QStringLiteral("Your appointment is at 10/12 at 9 am")).allowed());
        QVERIFY(PhiGuard().check(QString()).allowed());
    }

    void clinicAddressIsAllowedWhenConfigured()
    {
        const QString directions = QStringLiteral("We are at 200 Harbor Street, second floor.");
        QVERIFY(!PhiGuard().check(directions).allowed());
        QVERIFY(PhiGuard({QStringLiteral("200 Harbor Street")}).check(directions).allowed());
        // The allowance is for that address only, not every address.
        QVERIFY(!PhiGuard({QStringLiteral("200 Harbor Street")}).check(QStringLiteral("Is 42 Maple Street your home?")).allowed());
    }

    // Finding 4 of the security review: invisible and look-alike characters.
    // Each kind of disguise, in English and Spanish, with the rule that must
    // still find the word underneath.
    void disguisedWordsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        const QString diagnosis = QStringLiteral("diagnosis");
        QTest::newRow("soft hyphen en") << u"Your di\u00ADabetes is under control."_s << diagnosis;
        QTest::newRow("soft hyphen es") << u"Usted tiene di\u00ADabetes tipo 2."_s << diagnosis;
        QTest::newRow("zero-width space en") << u"Your H\u200BI\u200BV status is on file."_s << diagnosis;
        QTest::newRow("zero-width space es") << u"Usted tiene V\u200BI\u200BH."_s << diagnosis;
        QTest::newRow("zero-width non-joiner") << u"We found can\u200Ccer cells."_s << diagnosis;
        QTest::newRow("zero-width joiner") << u"We found can\u200Dcer cells."_s << diagnosis;
        QTest::newRow("word joiner") << u"Bring your lisin\u2060opril bottle."_s << QStringLiteral("medication");
        QTest::newRow("variation selector") << u"It is dia\U000E0100betes."_s << diagnosis;
        QTest::newRow("byte order mark") << u"\uFEFFYour bi\uFEFFopsy is on Friday."_s << QStringLiteral("procedure");
        QTest::newRow("full-width en") << u"The doctor thinks it is ｄｉａｂｅｔｅｓ."_s << diagnosis;
        QTest::newRow("full-width es") << u"Usted tiene ＶＩＨ."_s << diagnosis;
        QTest::newRow("full-width medication es") << u"Tome ｉｂｕｐｒｏｆｅｎｏ por la noche."_s << QStringLiteral("medication");
        QTest::newRow("spaced en") << u"The doctor thinks it is d i a b e t e s."_s << diagnosis;
        QTest::newRow("spaced es") << u"La doctora dice que es d i a b e t e s."_s << diagnosis;
        QTest::newRow("double-spaced") << u"It is d  i  a  b  e  t  e  s."_s << diagnosis;
        QTest::newRow("dotted en") << u"Sorry, it looks like h.i.v, call us."_s << diagnosis;
        QTest::newRow("dotted es") << u"Usted tiene v.i.h, hable con la doctora."_s << diagnosis;
        QTest::newRow("dotted with spaces") << u"It looks like H. I. V."_s << diagnosis;
        QTest::newRow("hyphenated en") << u"About the d-i-a-b-e-t-e-s plan."_s << diagnosis;
        QTest::newRow("hyphenated es") << u"Es d-i-a-b-e-t-e-s tipo 2."_s << diagnosis;
        QTest::newRow("underscores") << u"It is d_i_a_b_e_t_e_s."_s << diagnosis;
        QTest::newRow("asterisks") << u"It is d*i*a*b*e*t*e*s."_s << diagnosis;
        QTest::newRow("middle dots") << u"It is d·i·a·b·e·t·e·s."_s << diagnosis;
        QTest::newRow("partly spaced") << u"We need to talk about di a b e tes today."_s << diagnosis;
        QTest::newRow("cyrillic a en") << u"You have di\u0430betes."_s << diagnosis;
        QTest::newRow("cyrillic capital en") << u"Your \u041DIV status is on file."_s << diagnosis;
        QTest::newRow("cyrillic c en") << u"We found \u0441ancer cells."_s << diagnosis;
        QTest::newRow("cyrillic c es") << u"Tiene \u0441áncer de piel."_s << diagnosis;
        QTest::newRow("cyrillic i es") << u"Usted tiene V\u0406H."_s << diagnosis;
        QTest::newRow("cyrillic yo (accented look-alike)") << u"You have diab\u0451tes."_s << diagnosis;
        QTest::newRow("all cyrillic") << u"Your \u041D\u0406\u0474 status is on file."_s << diagnosis;
        QTest::newRow("greek en") << u"Your \u03911C is on the portal."_s << QStringLiteral("result");
        QTest::newRow("greek capitals en") << u"It is \u0397\u0399V."_s << diagnosis;
        QTest::newRow("greek es") << u"Usted tiene \u03B1sma."_s << diagnosis;
        QTest::newRow("small capitals") << u"It is ᴅɪᴀʙᴇᴛᴇꜱ."_s << diagnosis;
        QTest::newRow("mathematical bold") << u"It is 𝐝𝐢𝐚𝐛𝐞𝐭𝐞𝐬."_s << diagnosis;
        QTest::newRow("mixed en") << u"Sadly it is d i \u0430 b e t e s."_s << diagnosis;
        QTest::newRow("mixed es") << u"Usted tiene d.i.\u0430.b.e.t.e.s."_s << diagnosis;
        QTest::newRow("mixed full-width, soft hyphen, cyrillic") << u"Your ｄｉ\u00ADａｂ\u0435ｔｅｓ plan."_s << diagnosis;
        QTest::newRow("arabic-indic digits") << u"Your MRN is \u0660\u0660\u0664\u0668\u0662\u0669\u0661\u0663."_s << QStringLiteral("mrn");
    }

    void disguisedWordsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const PhiVerdict verdict = PhiGuard().check(text);
        QVERIFY(!verdict.allowed());
        QVERIFY2(verdict.rules().contains(rule), qPrintable(verdict.rules().join(u',')));
        // Look-alikes from the table are explained, not hidden.
        QVERIFY2(!verdict.rules().contains(QStringLiteral("hidden_characters")), qPrintable(verdict.rules().join(u',')));
    }

    // Soft hyphens come along when text is pasted from letters and PDFs; they
    // are stripped, and the text is judged on its words.
    void pastedSoftHyphenPasses()
    {
        QVERIFY(PhiGuard().check(u"See you at the cli\u00ADnic at 3 p.m."_s).allowed());
        QVERIFY(PhiGuard().check(u"Your appoint\u00ADment is confirmed for Tues\u00ADday."_s).allowed());
        QVERIFY(PhiGuard().check(u"Nos vemos en la clí\u00ADnica a las 3 p.m."_s).allowed());
        QCOMPARE(PhiGuard::normalise(u"cli\u00ADnic"_s), QStringLiteral("clinic"));
    }

    // Single letters and p.m. are ordinary text: the letter-spacing reading is
    // added to the plain one, never put in its place.
    void singleLettersInLogisticsPass()
    {
        for (const QString &text : {u"Please come for a 2 p.m. visit on Friday."_s, u"I'll see you at 3 p.m."_s,
                                    u"Nos vemos a las 3 y a la salida le damos el recibo."_s,
                                    u"Pase a la recepción y a la caja, ¿sí?"_s, u"Marque a o b en la hoja de registro."_s,
                                    u"Plan A y B para el lunes."_s, u"Bring your U.S.A. passport or a state ID."_s,
                                    u"¡Qué bueno! Mañana a las 9, señora Núñez."_s}) {
            QVERIFY2(PhiGuard().check(text).allowed(), qPrintable(text));
        }
    }

    // Emoji sequences hold zero-width joiners and variation selectors; text in
    // another script, line breaks and tabs are not hiding anything either.
    void emojiAndOtherScriptsPass()
    {
        for (const QString &text :
             {u"Our nurse 👩\u200D⚕\uFE0F will call you at 4 pm."_s, u"La enfermera 👩🏽\u200D⚕\uFE0F le llamará mañana."_s,
              u"Thanks! 👍🏽 See you Monday. ❤\uFE0F"_s, u"Reply 1\uFE0F\u20E3 to confirm."_s,
              u"Have a good trip 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F see you next month."_s,
              u"Спасибо, see you Monday at 3."_s, u"Ευχαριστώ! See you Monday."_s,
              u"See you\tMonday\r\nat 3."_s, u"Room 3\u00A0B is on the left, past the café."_s}) {
            QVERIFY2(PhiGuard().check(text).allowed(), qPrintable(PhiGuard().check(text).rules().join(u',')));
            QVERIFY(!PhiGuard::hidesCharacters(text));
        }
    }

    // What normalisation cannot explain is refused as such, without the
    // hidden text in the explanation.
    void unexplainedHiddenCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("control character") << u"Your appointment is at 9\x07."_s;
        QTest::newRow("escape character") << u"See you \x1B[8mMonday."_s;
        QTest::newRow("private use") << u"Your \uE000 chart is ready."_s;
        QTest::newRow("private use, supplementary") << u"See you \U000F0000 Monday."_s;
        QTest::newRow("hangul filler in a word") << u"See you at the cli\u3164nic."_s;
        QTest::newRow("half-width hangul filler") << u"See you at the cli\uFFA0nic."_s;
        QTest::newRow("blank braille pattern") << u"See you\u2800 soon."_s;
        QTest::newRow("right-to-left override") << u"Your \u202Esetebaid\u202C plan is ready."_s;
        QTest::newRow("tag characters, en") << u"See you soon\U000E0068\U000E0069\U000E0076"_s;
        QTest::newRow("tag characters, es") << u"Nos vemos pronto\U000E0073\U000E0069\U000E0064\U000E0061"_s;
        QTest::newRow("flag with a long tag") << u"🏴\U000E0068\U000E0069\U000E0076\U000E0068\U000E0069\U000E0076\U000E0068\U000E007F"_s;
        QTest::newRow("variation selectors in a row") << u"Ok 👍\uFE0F\uFE0E\U000E0100"_s;
        QTest::newRow("unassigned ignorable") << u"Thanks\u2065!"_s;
        QTest::newRow("cyrillic not in the table, en") << u"Your dia\u0431etes plan is ready."_s;
        QTest::newRow("cyrillic not in the table, es") << u"Usted tiene dia\u0431etes."_s;
        QTest::newRow("greek not in the table") << u"Your diaβetes plan is ready."_s;
    }

    void unexplainedHiddenCharactersAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(PhiGuard::hidesCharacters(text));
        const PhiVerdict verdict = PhiGuard().check(text);
        QVERIFY(!verdict.allowed());
        QVERIFY(verdict.rules().contains(QStringLiteral("hidden_characters")));
        const PhiFinding finding = verdict.findings.first();
        QCOMPARE(finding.rule, QStringLiteral("hidden_characters"));
        QCOMPARE(finding.category, PhiFinding::Category::Identifier);
        QCOMPARE(finding.match, QStringLiteral("hidden or look-alike characters"));
    }

    void normaliseExamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents and case") << u"Cirugía Ñandú"_s << u"cirugia nandu"_s;
        QTest::newRow("soft hyphen") << u"di\u00ADabetes"_s << u"diabetes"_s;
        QTest::newRow("zero-width characters") << u"d\u200Bi\u200Ca\u200Db\u2060e\uFEFFtes"_s << u"diabetes"_s;
        QTest::newRow("bidi marks") << u"\u200Ehiv\u200F\u202A\u202C\u2066\u2069"_s << u"hiv"_s;
        QTest::newRow("tag characters") << u"hi\U000E0041v"_s << u"hiv"_s;
        QTest::newRow("full-width") << u"ｄｉａｂｅｔｅｓ ＨＩＶ １２３"_s << u"diabetes hiv 123"_s;
        QTest::newRow("ligature") << u"proﬁle"_s << u"profile"_s;
        QTest::newRow("non-breaking space") << u"3\u00A0pm"_s << u"3 pm"_s;
        QTest::newRow("cyrillic") << u"di\u0430betes \u041DIV \u0441\u0430ncer"_s << u"diabetes hiv cancer"_s;
        QTest::newRow("greek") << u"\u03911C \u0397\u0399V \u03B1sma"_s << u"a1c hiv asma"_s;
        QTest::newRow("small capitals") << u"ᴅɪᴀʙᴇᴛᴇꜱ"_s << u"diabetes"_s;
        QTest::newRow("micro sign") << u"500 µg"_s << u"500 ug"_s;
        QTest::newRow("other digits") << u"\u0661\u0662 \u0967"_s << u"12 1"_s;
        QTest::newRow("strike-through overlay") << u"d\u0336i\u0336a\u0336"_s << u"dia"_s;
        QTest::newRow("letter spacing is left alone") << u"a 2 p.m. visit, d i a"_s << u"a 2 p.m. visit, d i a"_s;
        QTest::newRow("other scripts stay") << u"Спасибо"_s << u"cпacибo"_s;
    }

    void normaliseExamples()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(PhiGuard::normalise(text), expected);
    }

    void collapseLetterSpacingExamples()
    {
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"it is d i a b e t e s."_s), u"it is diabetes."_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"h.i.v"_s), u"hiv"_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"h. i. v. test"_s), u"hiv. test"_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"d-i-a-b-e-t-e-s plan"_s), u"diabetes plan"_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"d - i - a"_s), u"dia"_s);
        // Two single letters are not a run; mixed separators are not one either.
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"i'll see you at 3 p.m."_s), u"i'll see you at 3 p.m."_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"d i.a-b"_s), u"d i.a-b"_s);
        // Digits alone are never joined (phone numbers, codes).
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"call 5 5 5 1 2 3 4"_s), u"call 5 5 5 1 2 3 4"_s);
        // The run alone, or with the words on either side of it.
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"di a b e tes"_s), u"di abe tes"_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"di a b e tes"_s, true), u"diabetes"_s);
        QCOMPARE(PhiGuard::collapseLetterSpacing(u"the d i a b e t e s"_s, true), u"thediabetes"_s);
    }

    void microgramsAreStillADose()
    {
        QVERIFY(PhiGuard().check(QStringLiteral("Take 500 µg daily.")).rules().contains(QStringLiteral("dose")));
        QVERIFY(PhiGuard().check(QStringLiteral("Take 500 mcg daily.")).rules().contains(QStringLiteral("dose")));
    }

    // The clinic's own address is matched on normalised text, disguised or not.
    void clinicAddressSurvivesNormalisation()
    {
        const PhiGuard guard({QStringLiteral("200 Harbor Street")});
        QVERIFY(guard.check(QStringLiteral("We are at 200 Harbor Street, second floor.")).allowed());
        QVERIFY(guard.check(u"We are at 200 Har\u00ADbor Street, second floor."_s).allowed());
        QVERIFY(guard.check(u"We are at ２００ Harbor\u00A0Street, second floor."_s).allowed());
        QVERIFY(!guard.check(QStringLiteral("Is 42 Maple Street your home?")).allowed());
        // The allowance does not cover what else the text says.
        QVERIFY(!guard.check(u"We are at 200 Harbor Street, bring your di\u00ADabetes log."_s).allowed());
    }

    void loneSurrogatesAreHiddenCharacters()
    {
        // JSON's "\ud800" arrives as half a UTF-16 pair; it must not hide a word.
        const cb::policy::PhiGuard guard;
        const QString text = QStringLiteral("Your dia") + QChar(0xD800) + QStringLiteral("betes results");
        QVERIFY(!guard.check(text).allowed());
        QVERIFY(cb::policy::PhiGuard::hidesCharacters(QStringLiteral("ok ") + QChar(0xDC00)));
        QVERIFY(!cb::policy::PhiGuard::hidesCharacters(QStringLiteral("See you at 3 \U0001F600")));
    }
};

QTEST_GUILESS_MAIN(TestPhiGuard)
#include "tst_phi_guard.moc"
