// A search result shows the message that matched with the matched words in
// bold. The words are found as the cache's full-text index finds them: a word
// that starts with a searched word, whatever its case and accents.
#include "ui/inbox/search_match.h"

#include <QtTest>

using cb::ui::SearchMatch;
using Range = SearchMatch::Range;

class TestSearchMatch : public QObject
{
    Q_OBJECT
private slots:
    void wordsMatchAtTheirStartIgnoringCaseAndAccents()
    {
        const QString text = QStringLiteral("¿Puedo cambiar mi CITA del martes? Gracias, Dra. Muñoz");
        QCOMPARE(SearchMatch::find(text, QStringLiteral("cita")), (QList<Range>{{18, 4}}));
        QCOMPARE(SearchMatch::find(text, QStringLiteral("MARt")), (QList<Range>{{27, 4}}));
        // Accents on either side, as the index removes them.
        QCOMPARE(SearchMatch::find(text, QStringLiteral("munoz")), (QList<Range>{{49, 5}}));
        QCOMPARE(SearchMatch::find(QStringLiteral("Mi medico dijo"), QStringLiteral("médico")), (QList<Range>{{3, 6}}));
        // Every word of the search, in the text's order.
        QCOMPARE(SearchMatch::find(text, QStringLiteral("gracias cita")), (QList<Range>{{18, 4}, {35, 7}}));
    }

    void theMiddleOfAWordIsNotAMatch()
    {
        QVERIFY(SearchMatch::find(QStringLiteral("my appointment"), QStringLiteral("point")).isEmpty());
        QCOMPARE(SearchMatch::find(QStringLiteral("my appointment"), QStringLiteral("appoint")), (QList<Range>{{3, 7}}));
        QVERIFY(SearchMatch::find(QStringLiteral("my appointment"), QStringLiteral("   ")).isEmpty());
        QVERIFY(SearchMatch::find(QString(), QStringLiteral("cita")).isEmpty());
    }

    void aLongMessageIsShownFromJustBeforeItsMatch()
    {
        const QString text = QStringLiteral("Hello, this is a long message about many things before it gets to the point:\n"
                                            "the refill for my inhaler ran out.");
        const SearchMatch::Excerpt excerpt = SearchMatch::excerpt(text, QStringLiteral("refill"), 24);
        QVERIFY2(excerpt.text.startsWith(QStringLiteral("…")), qPrintable(excerpt.text));
        QVERIFY(excerpt.text.endsWith(QStringLiteral("ran out.")));
        QVERIFY(!excerpt.text.contains(QLatin1Char('\n'))); // one line
        QCOMPARE(excerpt.ranges.size(), 1);
        QCOMPARE(excerpt.text.mid(excerpt.ranges.first().start, excerpt.ranges.first().length), QStringLiteral("refill"));
        // Cut at a word, not inside one.
        QVERIFY(text.simplified().contains(QLatin1Char(' ') + excerpt.text.mid(1)));

        // A match near the start: the text as it is.
        const SearchMatch::Excerpt early = SearchMatch::excerpt(text, QStringLiteral("long"), 24);
        QCOMPARE(early.text, text.simplified());
        QCOMPARE(early.ranges, (QList<Range>{{17, 4}}));
    }
};

QTEST_GUILESS_MAIN(TestSearchMatch)
#include "tst_search_match.moc"
