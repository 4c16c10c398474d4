#include "client/inbox/colleague.h"
#include "client/inbox/presence_roster.h"

#include <QtTest>

using cb::client::Colleague;
using cb::client::PresenceRoster;

namespace {
QJsonObject presence(qint64 seat, qint64 user, qint64 conversation, const char *state)
{
    return {{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("seat"), seat}, {QStringLiteral("user"), user},
            {QStringLiteral("conversation"), conversation}, {QStringLiteral("state"), QLatin1String(state)}};
}
} // namespace

// The desktop's pure parts of the collision warning and @mentions: who a note
// names, and the roster of where colleagues are.
class TestCollisionAndMentions : public QObject
{
    Q_OBJECT
private slots:
    void aNoteNamesWholeActiveColleaguesButNotItsWriter()
    {
        const QList<Colleague> staff{{1, QStringLiteral("Dana Reyes"), true, true, {QStringLiteral("nurse")}},
                                     {2, QStringLiteral("Dan"), false, true, {QStringLiteral("front_desk")}},
                                     {3, QStringLiteral("Old Hand"), false, false, {QStringLiteral("nurse")}},
                                     {4, QStringLiteral("Nina Park"), true, true, {QStringLiteral("nurse")}}};
        QCOMPARE(cb::client::mentionedIn(QStringLiteral("@dana reyes can you call her?"), staff, 4), (QList<std::int64_t>{1}));
        // "@Dana Reyes" does not also name "Dan"; "@Dan," does.
        QCOMPARE(cb::client::mentionedIn(QStringLiteral("@Dana Reyes and @Dan, please"), staff, 4), (QList<std::int64_t>{1, 2}));
        QVERIFY(cb::client::mentionedIn(QStringLiteral("@Danny is not Dan"), staff, 4).isEmpty());
        QVERIFY(cb::client::mentionedIn(QStringLiteral("@Old Hand left"), staff, 4).isEmpty());  // inactive
        QVERIFY(cb::client::mentionedIn(QStringLiteral("note to self @Nina Park"), staff, 4).isEmpty()); // the writer
        QVERIFY(cb::client::mentionedIn(QStringLiteral("email dana reyes"), staff, 4).isEmpty());  // no "@"
    }

    void theRosterFollowsSeatsAndTypingFades()
    {
        PresenceRoster roster;
        QCOMPARE(roster.apply(presence(7, 5, 12, "viewing"), 1000), (QList<std::int64_t>{12}));
        QCOMPARE(roster.in(12, 1000).size(), 1);
        QVERIFY(!roster.in(12, 1000).first().typing);
        roster.apply(presence(7, 5, 12, "typing"), 2000);
        QVERIFY(roster.in(12, 2000 + PresenceRoster::TypingMs - 1).first().typing);
        QVERIFY(!roster.in(12, 2000 + PresenceRoster::TypingMs).first().typing); // faded to viewing
        // The same person on a second workstation counts once; typing on either wins.
        roster.apply(presence(8, 5, 12, "typing"), 3000);
        QCOMPARE(roster.in(12, 3000).size(), 1);
        QVERIFY(roster.in(12, 3000).first().typing);
        // Moving tells both conversations; leaving empties the seat.
        QCOMPARE(roster.apply(presence(7, 5, 13, "viewing"), 4000), (QList<std::int64_t>{12, 13}));
        QCOMPARE(roster.apply(presence(8, 5, 0, "left"), 4000), (QList<std::int64_t>{12}));
        QVERIFY(roster.in(12, 4000).isEmpty());
        QCOMPARE(roster.in(13, 4000).size(), 1);
        // In the order they came.
        roster.apply(presence(9, 6, 13, "viewing"), 5000);
        QCOMPARE(roster.in(13, 5000).last().userId, std::int64_t(6));
        roster.clear();
        QVERIFY(roster.in(13, 5000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCollisionAndMentions)
#include "tst_collision_and_mentions.moc"
