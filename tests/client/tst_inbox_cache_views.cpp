#include "client/inbox/inbox_cache.h"
#include "client/session/local_cache.h"
#include "core/crypto/secret_bytes.h"
#include "core/model/conversation.h"
#include "core/model/message.h"
#include "core/store/transaction.h"

#include <QTemporaryDir>
#include <QtTest>

using cb::client::InboxCache;
using cb::client::InboxView;

// Issue 22: each working view reads an index of its own, so an empty view costs
// nothing however many conversations the cache holds (the benchmark measures
// the time; this checks the reason), and the views still list the right rows.
class TestInboxCacheViews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<cb::client::LocalCache> m_cache;

private slots:
    void initTestCase()
    {
        QByteArray raw(32, '\x5a');
        m_cache = cb::client::LocalCache::open(m_dir.filePath(QStringLiteral("cache.db")), cb::crypto::SecretBytes::takeFrom(raw));
        QVERIFY(m_cache != nullptr);
        InboxCache inbox(m_cache->database());
        cb::store::Transaction transaction(m_cache->database());
        // 2,000 conversations: most resolved and held by someone else, a few per view.
        for (int i = 1; i <= 2000; ++i) {
            cb::model::Conversation c;
            c.id = i;
            c.contact.id = i;
            c.contact.waId = QStringLiteral("1555%1").arg(i, 7, 10, QLatin1Char('0'));
            c.lastMessageAtMs = 1'000'000 + i;
            c.status = i % 100 == 0 ? cb::model::ConversationStatus::Open : cb::model::ConversationStatus::Resolved;
            c.assigneeId = i % 200 == 0 ? 7 : (i % 300 == 0 ? 0 : 9);
            c.triage = i == 1500;
            if (i == 1500) {
                c.assigneeId = 0;
                c.status = cb::model::ConversationStatus::Open;
            }
            inbox.upsertConversation(c, i);
        }
        transaction.commit();
    }

    void eachWorkingViewWalksItsOwnIndex()
    {
        const InboxCache inbox(m_cache->database());
        const QHash<InboxView, QString> indexes{{InboxView::Unassigned, QStringLiteral("conversations_open_by_holder")},
                                                 {InboxView::Mine, QStringLiteral("conversations_open_by_holder")},
                                                 {InboxView::Triage, QStringLiteral("conversations_triage")}};
        for (auto it = indexes.begin(); it != indexes.end(); ++it) {
            const QString plan = inbox.viewPlan(it.key()).join(QLatin1Char('\n'));
            QVERIFY2(plan.contains(it.value()), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan)); // read in order, never sorted
        }
    }

    void theViewsListTheirRows()
    {
        const InboxCache inbox(m_cache->database());
        QCOMPARE(inbox.count(InboxView::Mine, 7), 10);   // every 200th is open and mine
        QCOMPARE(inbox.count(InboxView::Mine, 8), 0);    // an empty view
        QCOMPARE(inbox.count(InboxView::Triage, 7), 1);
        QCOMPARE(inbox.count(InboxView::Unassigned, 7), 2); // 300 and 900 (1500 waits in triage)
        const auto mine = inbox.conversations(InboxView::Mine, 7, {}, 100, 0);
        QCOMPARE(mine.size(), 10);
        QCOMPARE(mine.first().id, 2000); // newest first
        QVERIFY(inbox.conversations(InboxView::Mine, 8, {}, 100, 0).isEmpty());
    }

    // The list reads ids and revisions, then whole rows only for what moved: a
    // revision changes with every write that lands, and not with one that is refused.
    void aRowsRevisionCountsItsChanges()
    {
        InboxCache inbox(m_cache->database());
        const auto before = inbox.conversationKeys(InboxView::Mine, 7, {}, 100);
        QCOMPARE(before.size(), 10);
        QCOMPARE(before.first().id, 2000);
        auto conversation = *inbox.conversation(1800);
        conversation.unreadCount = 3;
        conversation.lastMessageAtMs = 2'000'000; // new activity: first in the view now
        inbox.upsertConversation(conversation, 5000);
        const auto after = inbox.conversationKeys(InboxView::Mine, 7, {}, 100);
        QCOMPARE(after.first().id, 1800);
        QCOMPARE(before[1].id, 1800);
        QCOMPARE(after.first().rev, before[1].rev + 1);
        for (const auto &key : after.mid(1)) {
            QVERIFY(before.contains(key)); // the others did not change
        }
        conversation.unreadCount = 9;
        inbox.upsertConversation(conversation, 4000); // older than what the cache holds: refused
        QCOMPARE(inbox.conversationKeys(InboxView::Mine, 7, {}, 1).first().rev, after.first().rev);
        const auto rows = inbox.conversationsById({1800, 2000, 424242});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1800].conversation.unreadCount, 3);
        QCOMPARE(rows[1800].rev, after.first().rev);
    }

    // Minimum necessary turned on after a front desk's cache was filled: the portal's
    // words it held go (text, search entries, files); WhatsApp and notes stay.
    void portalWordsAreForgottenWhenWithheld()
    {
        InboxCache inbox(m_cache->database());
        auto message = [](std::int64_t id, cb::model::Channel channel, const QString &body) {
            cb::model::Message m;
            m.id = id;
            m.conversationId = 1500;
            m.channel = channel;
            m.kind = QStringLiteral("text");
            m.body = body;
            m.sentAtMs = 1'000'000 + id;
            return m;
        };
        inbox.upsertMessage(message(9001, cb::model::Channel::Portal, QStringLiteral("Your potassium is high")));
        inbox.upsertMessage(message(9002, cb::model::Channel::WhatsApp, QStringLiteral("Thanks, potassium noted")));
        inbox.storeMedia(9001, {QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 result")});
        QCOMPARE(inbox.matchingMessages({1500}, QStringLiteral("potassium")).value(1500), QStringLiteral("Thanks, potassium noted"));
        QVERIFY(!inbox.portalWithheld());

        inbox.setPortalWithheld(true);
        inbox.forgetPortalWords();
        QVERIFY(inbox.portalWithheld());
        const auto kept = inbox.messages(1500);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().id, 9002);
        QVERIFY(!inbox.media(9001));
        QVERIFY(inbox.conversations(InboxView::All, 7, QStringLiteral("high"), 10, 0).isEmpty()); // its search entry went too
    }
};

QTEST_GUILESS_MAIN(TestInboxCacheViews)
#include "tst_inbox_cache_views.moc"
