#include "core/policy/phi_guard.h"

#include <QFile>
#include <QtTest>

using namespace cb::policy;

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
    };

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
                samples.append({fields[0] == QLatin1String("block"), fields[1], fields[2]});
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
                misses << (sample.block ? QStringLiteral("missed: ") : QStringLiteral("over-blocked: ")) + sample.text;
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
};

QTEST_GUILESS_MAIN(TestPhiGuard)
#include "tst_phi_guard.moc"
