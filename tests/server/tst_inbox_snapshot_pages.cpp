#include "core/crypto/secret_bytes.h"
#include "core/platform/clock.h"
#include "core/store/transaction.h"
#include "server/inbox/event_log.h"
#include "server/inbox/inbox_store.h"
#include "server/store/server_store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Issue 22: the inbox snapshot's pages (GET /api/v1/inbox?offset=) take their
// ids from the activity index and join only those. Paged, they must still give
// every conversation once, newest activity first (ties by id), each with its own
// contact and portal state, on the last page as on the first.
class TestInboxSnapshotPages : public QObject
{
    Q_OBJECT
private:
    static constexpr int Conversations = 1203;
    QTemporaryDir m_dir;

private slots:
    void pagesGiveEveryConversationOnceInActivityOrder()
    {
        auto store = cb::server::ServerStore::create(m_dir.filePath(QStringLiteral("server.db")),
                                                     cb::crypto::SecretBytes::random(32));
        auto &db = store.database();
        {
            cb::store::Transaction fill(db);
            auto contact = db.prepare("INSERT INTO contacts (id, wa_id, profile_name, created_at_ms) VALUES (?, ?, ?, 0)");
            auto conversation = db.prepare(
                "INSERT INTO conversations (id, contact_id, status, preview, last_message_at_ms) VALUES (?, ?, 'open', '', ?)");
            for (int id = 1; id <= Conversations; ++id) {
                contact.reset();
                contact.bindAll(id, QStringLiteral("1555%1").arg(id, 7, 10, QLatin1Char('0')), QStringLiteral("Patient %1").arg(id)).run();
                conversation.reset();
                // Activity out of id order, with ties (seven conversations a minute).
                conversation.bindAll(id, id, std::int64_t((id * 7919) % 400) * 60'000).run();
            }
            // One escalated conversation, which the ordering puts on the last page.
            db.prepare("INSERT INTO portal_invitations (conversation_id, contact_id, token_hash, reason, created_at_ms, "
                       "expires_at_ms, state, state_at_ms) VALUES (?, ?, x'01', 'escalation', 0, 1, 'verified', 5)")
                .bindAll(400, 400)
                .run();
            fill.commit();
        }
        // The expected order, straight from the table.
        QList<std::int64_t> expected;
        auto ordered = db.prepare("SELECT id FROM conversations ORDER BY last_message_at_ms DESC, id DESC");
        while (ordered.step()) {
            expected << ordered.columnInt64(0);
        }

        cb::platform::ManualClock clock;
        cb::server::EventLog events(db, clock);
        const cb::server::InboxStore inbox(db, events, clock);
        QList<std::int64_t> paged;
        int pages = 0;
        for (int offset = 0;; offset += 500, ++pages) {
            const QList<cb::model::Conversation> page = inbox.conversations(500, offset);
            for (const cb::model::Conversation &conversation : page) {
                paged << conversation.id;
                QCOMPARE(conversation.contact.waId, QStringLiteral("1555%1").arg(conversation.id, 7, 10, QLatin1Char('0')));
                QCOMPARE(conversation.portal.state == cb::model::PortalInvitation::State::Verified, conversation.id == 400);
            }
            if (page.size() < 500) {
                break;
            }
        }
        QCOMPARE(pages, 2); // 500, 500 and the last 203
        QCOMPARE(paged, expected);
        QCOMPARE(QSet<std::int64_t>(paged.cbegin(), paged.cend()).size(), Conversations);
        QVERIFY(expected.indexOf(400) >= 1000); // the joined portal state was checked on the last page
        QVERIFY(inbox.conversations(500, 5000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInboxSnapshotPages)
#include "tst_inbox_snapshot_pages.moc"
