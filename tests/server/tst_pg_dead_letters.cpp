#include "core/audit/audit_log.h"
#include "core/platform/clock.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "server/config/server_keys.h"
#include "server/inbox/event_log.h"
#include "server/store/postgres/patient_fields.h"
#include "server/store/postgres/pg_connection.h"
#include "server/store/postgres/pg_engine.h"
#include "server/store/postgres/pg_migrator.h"
#include "server/whatsapp/dead_letters.h"
#include "tests/support/postgres_process.h"

#include <QtTest>

using cb::audit::AuditLog;
using cb::crypto::SecretBytes;
using cb::server::DeadLetters;
using cb::server::EventLog;
using cb::store::Database;
using cb::store::StoreError;
namespace pg = cb::store::pg;

// Issue 23: a signed delivery the intake could not apply is never dropped, on
// PostgreSQL too, and it is patient data: sealed there, whole when read back.
// A real PostgreSQL 15, started by the test.
class TestPgDeadLetters : public QObject
{
    Q_OBJECT
private:
    cb::test::PostgresProcess m_postgres;
    SecretBytes m_master = SecretBytes::random(32);
    cb::platform::ManualClock m_clock;

    std::shared_ptr<const pg::PatientFields> fieldsOf(const SecretBytes &master)
    {
        return std::make_shared<const pg::PatientFields>(
            pg::PatientFields::fromKeys(cb::server::ServerKeys::derive(master)));
    }
    // A delivery as Meta signs it, with a patient's name, number and words.
    static QByteArray delivery()
    {
        return QByteArrayLiteral(R"({"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"contacts":)"
                                 R"([{"profile":{"name":"Zoe Canary"},"wa_id":"15550004321"}],"messages":[{"from":)"
                                 R"("15550004321","type":"text","text":{"body":"my rash is worse"}}]}}]}]})");
    }

private slots:
    void initTestCase()
    {
        QByteArray output;
        QVERIFY2(m_postgres.start(&output), output.constData());
        auto connection = pg::Connection::open(m_postgres.url());
        pg::migrate(connection, pg::serverMigrations());
    }

    void aKeptDeliveryIsSealedAnnouncedAuditedAndComesBackWhole()
    {
        Database db = pg::openDatabase(m_postgres.url(), fieldsOf(m_master));
        EventLog events(db, m_clock);
        AuditLog audit(db, SecretBytes::random(32));
        DeadLetters letters(db, events, audit, m_clock);
        std::int64_t id = 0;
        {
            cb::store::Transaction write(db);
            id = letters.keep(QStringLiteral("unknown_message_type"), delivery());
            write.commit();
        }
        QVERIFY(id > 0);
        QCOMPARE(letters.pendingCount(), 1);
        const auto entries = letters.list(10, 0);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].id, id);
        QCOMPARE(entries[0].reason, QStringLiteral("unknown_message_type"));
        QCOMPARE(entries[0].bytes, delivery().size()); // what was received, not what was stored
        const auto pending = letters.pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].payload, delivery());
        // Admins are told, and the audit trail says so, in the same commit.
        const auto announced = events.after(0, 10);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced[0].audience, cb::server::audience::Admins);
        QCOMPARE(audit.event(audit.head().first)->action, QStringLiteral("webhook.dead_letter"));
        QVERIFY(audit.verify().intact);

        QByteArray dump;
        QCOMPARE(m_postgres.dump(&dump), 0);
        QVERIFY(dump.contains("CREATE TABLE public.dead_letters"));
        QVERIFY(dump.contains("unknown_message_type"));
        for (const char *canary : {"Canary", "15550004321", "rash", "whatsapp_business_account"}) {
            QVERIFY2(!dump.contains(canary), canary);
        }

        letters.markReprocessed(id);
        QCOMPARE(letters.pendingCount(), 0);
        QCOMPARE(letters.list(10, 0)[0].state, QStringLiteral("reprocessed"));
        QCOMPARE(letters.list(10, 0)[0].attempts, 1);
    }

    // Under another master key the delivery does not open: an error, never an
    // empty delivery handed to the intake.
    void anotherKeyCannotReadIt()
    {
        Database stranger = pg::openDatabase(m_postgres.url(), fieldsOf(SecretBytes::random(32)));
        EventLog events(stranger, m_clock);
        AuditLog audit(stranger, SecretBytes::random(32));
        DeadLetters letters(stranger, events, audit, m_clock);
        Database db = pg::openDatabase(m_postgres.url(), fieldsOf(m_master));
        db.exec("UPDATE dead_letters SET state = 'pending'");
        QCOMPARE(letters.pendingCount(), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, letters.pending(10));
    }
};

QTEST_GUILESS_MAIN(TestPgDeadLetters)
#include "tst_pg_dead_letters.moc"
