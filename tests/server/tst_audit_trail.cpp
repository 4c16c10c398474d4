#include "core/audit/audit_log.h"
#include "server/audit/audit_checkpoints.h"
#include "server/audit/audit_export.h"
#include "server/audit/audit_query.h"
#include "server/audit/audit_trail_check.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using cb::audit::AuditLog;
using cb::crypto::SecretBytes;
using namespace cb::server;

// The chain and its signed checkpoints in a real SQLCipher store, tampered with
// as someone holding the store key would: triggers dropped, rows edited or cut off.
class TestAuditTrail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    struct Trail
    {
        ServerStore store;
        ServerKeys keys;
        AuditLog log;
        AuditCheckpoints checkpoints;
        QString anchorPath;

        Trail(const QString &folder, const SecretBytes &masterKey)
            : store(ServerStore::create(folder + QStringLiteral("/server.db"), masterKey)), keys(ServerKeys::derive(masterKey)),
              log(store.database(), keys.audit.clone()),
              checkpoints(store.database(), log, keys.auditSigningSeed, folder + QStringLiteral("/audit-anchors.jsonl")),
              anchorPath(folder + QStringLiteral("/audit-anchors.jsonl"))
        {
        }

        void fill(int events, const QString &actor = QStringLiteral("staff:1"))
        {
            for (int i = 0; i < events; ++i) {
                log.append({0, 1'700'000'000'000 + i, actor, QStringLiteral("conversation.view"),
                            QStringLiteral("conversation:%1").arg(i % 4), QJsonObject{{QStringLiteral("n"), i}}});
            }
        }

        // As an attacker with the store key: guards off, then the SQL.
        void tamper(const char *sql)
        {
            store.database().exec("DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;"
                                  "DROP TRIGGER IF EXISTS audit_checkpoints_no_delete");
            store.database().exec(sql);
            // and the guards back on, so the table looks as the server made it
            store.database().exec("CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events "
                                  "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"
                                  "CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events "
                                  "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;");
        }

        AuditTrailReport check(const QList<CheckpointSource> &sources) const
        {
            return checkAuditTrail(log, checkpoints.publicKey(), sources);
        }
        CheckpointSource fromStore() const { return {QStringLiteral("the store"), checkpoints.stored()}; }
        CheckpointSource fromFile() const
        {
            return {QStringLiteral("the anchor file"), AuditCheckpoints::readAnchorFile(anchorPath)};
        }
    };

    std::unique_ptr<Trail> freshTrail(const SecretBytes &masterKey)
    {
        const QString folder = m_dir.filePath(QString::number(++m_count));
        QDir().mkpath(folder);
        return std::make_unique<Trail>(folder, masterKey);
    }

    // 30 events, checkpoints after 10 and after 30.
    std::unique_ptr<Trail> checkpointedTrail(const SecretBytes &masterKey)
    {
        auto trail = freshTrail(masterKey);
        trail->fill(10);
        trail->checkpoints.checkpointNow(1'700'000'100'000);
        trail->fill(20);
        trail->checkpoints.checkpointNow(1'700'000'200'000);
        return trail;
    }

private slots:
    void checkpointsAreSignedStoredAndAnchoredInAnOwnerOnlyFile()
    {
        const SecretBytes masterKey = SecretBytes::random(32);
        auto trail = freshTrail(masterKey);
        QVERIFY(!trail->checkpoints.checkpointNow(1)); // nothing to vouch for yet
        trail->fill(3);
        const auto first = trail->checkpoints.checkpointNow(5);
        QVERIFY(first);
        QCOMPARE(first->seq, 3);
        QCOMPARE(first->hash, trail->log.storedHash(3));
        QVERIFY(CheckpointSigner::verify(trail->checkpoints.publicKey(), *first));
        QVERIFY(!trail->checkpoints.checkpointNow(6)); // the head has not moved
        trail->fill(2);
        QCOMPARE(trail->checkpoints.checkpointNow(7)->seq, 5);
        QCOMPARE(trail->checkpoints.stored().size(), 2);
        const auto anchored = AuditCheckpoints::readAnchorFile(trail->anchorPath);
        QCOMPARE(anchored.size(), 2);
        QCOMPARE(anchored.at(1).signature, trail->checkpoints.stored().at(1).signature);
        QCOMPARE(QFile::permissions(trail->anchorPath) & 0x0077, QFileDevice::Permissions()); // nothing for group or others
        // The key is the master key's: the same public key every time, another master key another.
        QCOMPARE(CheckpointSigner(ServerKeys::derive(masterKey).auditSigningSeed).publicKey(), trail->checkpoints.publicKey());
        QVERIFY(CheckpointSigner(ServerKeys::derive(SecretBytes::random(32)).auditSigningSeed).publicKey() !=
                trail->checkpoints.publicKey());
        // The store refuses to change or drop a checkpoint.
        QVERIFY_THROWS_EXCEPTION(cb::store::StoreError, trail->store.database().exec("DELETE FROM audit_checkpoints"));
        QVERIFY_THROWS_EXCEPTION(cb::store::StoreError, trail->store.database().exec("UPDATE audit_checkpoints SET at_ms = 0"));
    }

    void anUntouchedTrailVerifiesAgainstEveryAnchor()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        const auto report = trail->check({trail->fromStore(), trail->fromFile()});
        QVERIFY2(report.intact, qPrintable(report.explanation));
        QCOMPARE(report.eventsChecked, 30);
        QCOMPARE(report.headSeq, 30);
        QCOMPARE(report.checkpointsChecked, 4);
    }

    void truncationIsCaughtByTheStoresCheckpoints()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        trail->tamper("DELETE FROM audit_events WHERE seq > 25");
        QVERIFY(trail->log.verify().intact); // the chain alone cannot see it
        const auto report = trail->check({trail->fromStore()});
        QVERIFY(!report.intact);
        QCOMPARE(report.problem, QStringLiteral("truncated"));
        QCOMPARE(report.firstBadSeq.value_or(-1), 26);
        QVERIFY(report.explanation.contains(QStringLiteral("seq 30")));
    }

    void truncationWithTheCheckpointRowsDeletedIsCaughtByTheAnchorFile()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        trail->tamper("DELETE FROM audit_events WHERE seq > 25; DELETE FROM audit_checkpoints WHERE seq > 25");
        QVERIFY(trail->check({trail->fromStore()}).intact); // what the store alone still says
        const auto report = trail->check({trail->fromStore(), trail->fromFile()});
        QVERIFY(!report.intact);
        QCOMPARE(report.problem, QStringLiteral("truncated"));
        QCOMPARE(report.firstBadSeq.value_or(-1), 26);
        QVERIFY(report.explanation.contains(QStringLiteral("anchor file")));
    }

    void truncationWithRowsAndAnchorFileGoneIsCaughtByAnEarlierExport_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("json") << false;
        QTest::newRow("csv") << true;
    }
    void truncationWithRowsAndAnchorFileGoneIsCaughtByAnEarlierExport()
    {
        QFETCH(bool, csv);
        auto trail = checkpointedTrail(SecretBytes::random(32));
        ExportContext context;
        context.checkpoints = trail->checkpoints.stored();
        context.publicKey = trail->checkpoints.publicKey();
        const QByteArray exported = csv ? auditExportCsv({*trail->log.event(1)}, context)
                                        : auditExportJson({*trail->log.event(1)}, context);
        trail->tamper("DELETE FROM audit_events WHERE seq > 12; DELETE FROM audit_checkpoints WHERE seq > 12");
        QVERIFY(QFile::remove(trail->anchorPath));
        QString error;
        const auto anchors = anchorsFromExport(exported, &error);
        QVERIFY2(anchors, qPrintable(error));
        QCOMPARE(anchors->publicKey, trail->checkpoints.publicKey());
        QCOMPARE(anchors->checkpoints.size(), 2);
        const auto report = trail->check({trail->fromStore(), trail->fromFile(), {QStringLiteral("the export"), anchors->checkpoints}});
        QCOMPARE(report.problem, QStringLiteral("truncated"));
        QCOMPARE(report.firstBadSeq.value_or(-1), 13);
    }

    void aCheckpointNotSignedByThisServerIsNamed()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        const SecretBytes otherSeed = SecretBytes::random(32);
        const AuditCheckpoint forged = CheckpointSigner(otherSeed).sign(20, trail->log.storedHash(20), 1);
        AuditCheckpoint altered = trail->checkpoints.stored().at(0);
        altered.atMs += 1;
        const auto report = trail->check({{QStringLiteral("a file"), {altered, forged}}});
        QCOMPARE(report.problem, QStringLiteral("bad_signature"));
        QCOMPARE(report.firstBadSeq.value_or(-1), 10);
    }

    void aChainRemadeWithTheAuditKeyDisagreesWithItsCheckpoints()
    {
        // The chain alone trusts whoever holds the audit key; a checkpoint signed
        // earlier does not. Same master key, same number of events, other content.
        const SecretBytes masterKey = SecretBytes::random(32);
        auto genuine = checkpointedTrail(masterKey);
        auto remade = freshTrail(masterKey);
        remade->fill(10);
        remade->fill(20, QStringLiteral("staff:2"));
        QVERIFY(remade->log.verify().intact);
        const auto report = remade->check({{QStringLiteral("the export"), genuine->checkpoints.stored()}});
        QCOMPARE(report.problem, QStringLiteral("checkpoint_mismatch"));
        QCOMPARE(report.firstBadSeq.value_or(-1), 30);
    }

    void theEarliestProblemIsTheOneNamed()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        trail->tamper("UPDATE audit_events SET actor = 'staff:5' WHERE seq = 7; DELETE FROM audit_events WHERE seq > 28");
        const auto report = trail->check({trail->fromStore(), trail->fromFile()});
        QCOMPARE(report.firstBadSeq.value_or(-1), 7);
        QCOMPARE(report.problem, QStringLiteral("hash_mismatch"));
        QVERIFY(report.badEvent);
        QCOMPARE(report.badEvent->actor, QStringLiteral("staff:5"));
    }

    void theViewerFiltersByPatientWorkstationTypeAndTime()
    {
        auto trail = freshTrail(SecretBytes::random(32));
        auto &db = trail->store.database();
        db.exec("INSERT INTO staff_users (id, username, display_name, roles, password_hash, password_changed_at, created_at_ms) VALUES"
                " (7, 'nina.r', 'Nina Reyes', 'nurse', 'x', 0, 0), (8, 'mo', 'Mo Diaz', 'nurse', 'x', 0, 0);"
                "INSERT INTO contacts (id, wa_id, created_at_ms) VALUES (1, '100', 0), (2, '200', 0);"
                "INSERT INTO conversations (id, contact_id) VALUES (11, 1), (12, 2);"
                "INSERT INTO messages (id, conversation_id, channel, direction, kind, state, sent_at_ms) VALUES"
                " (21, 11, 'whatsapp', 'inbound', 'text', 'received', 0), (22, 12, 'whatsapp', 'inbound', 'text', 'received', 0);"
                // staff:7 on workstation A from 1000 to 2000, then on B from 3000 on; staff:8 on A from 3000.
                "INSERT INTO sessions (id, token_hash, user_id, device_id, created_at_ms, last_seen_at_ms, ended_at_ms,"
                " workstation_name) VALUES"
                " ('s1', x'01', 7, 'ws-A', 1000, 1000, 2000, 'Front desk'), ('s2', x'02', 7, 'ws-B', 3000, 3000, NULL, 'Triage'),"
                " ('s3', x'03', 8, 'ws-A', 3000, 3000, NULL, 'Front desk')");
        const auto add = [&](std::int64_t at, const char *actor, const char *action, const char *target) {
            return trail->log.append({0, at, QString::fromLatin1(actor), QString::fromLatin1(action), QString::fromLatin1(target), {}});
        };
        add(1500, "staff:7", "conversation.view", "conversation:11");  // 1: patient 1, on A
        add(1600, "staff:7", "media.view", "message:21");              // 2: patient 1's message, on A
        add(3500, "staff:7", "conversation.view", "conversation:12");  // 3: patient 2, on B
        add(3600, "staff:8", "contact.date_of_birth", "contact:1");    // 4: patient 1, on A
        add(3700, "staff:8", "portal.invitation_sent", "conversation:11"); // 5: patient 1, on A
        add(3800, "system", "portal.nudge_sent", "conversation:12");   // 6
        add(3900, "staff:7", "login.success", "session:s2");           // 7: on B

        AuditQuery query(db);
        const auto seqs = [&](const AuditFilter &filter, std::optional<std::int64_t> before = std::nullopt, int limit = 50) {
            QList<qint64> out;
            for (const auto &event : query.page(filter, before, limit)) {
                out.append(event.seq);
            }
            return out;
        };
        AuditFilter patient;
        patient.contactId = 1;
        QCOMPARE(seqs(patient), (QList<qint64>{5, 4, 2, 1}));
        AuditFilter workstation;
        workstation.deviceId = QStringLiteral("ws-A");
        QCOMPARE(seqs(workstation), (QList<qint64>{5, 4, 2, 1}));
        workstation.deviceId = QStringLiteral("ws-B");
        QCOMPARE(seqs(workstation), (QList<qint64>{7, 3}));
        workstation.deviceId = QStringLiteral("never-seen");
        QVERIFY(seqs(workstation).isEmpty());
        // A workstation as people know it: its name, in any case.
        workstation.deviceId = QStringLiteral("front DESK");
        QCOMPARE(seqs(workstation), (QList<qint64>{5, 4, 2, 1}));
        // A person as people know them: part of a name or username, not "staff:7".
        AuditFilter person;
        person.actor = QStringLiteral("reyes");
        QCOMPARE(query.resolve(person), QString());
        QCOMPARE(person.actors, QStringList{QStringLiteral("staff:7")});
        QCOMPARE(seqs(person), (QList<qint64>{7, 3, 2, 1}));
        person = {};
        person.actor = QStringLiteral("o"); // "Mo Diaz" and "mo", and no one else
        QCOMPARE(query.resolve(person), QString());
        QCOMPARE(person.actors, QStringList{QStringLiteral("staff:8")});
        person = {};
        person.actor = QStringLiteral("%"); // LIKE's wildcard matches only itself
        QCOMPARE(query.resolve(person), QStringLiteral("unknown_person"));
        person.actor = QStringLiteral("system"); // as the trail writes it: no lookup
        QCOMPARE(query.resolve(person), QString());
        QCOMPARE(seqs(person), (QList<qint64>{6}));
        AuditFilter portal;
        portal.actionPrefix = QStringLiteral("portal.");
        QCOMPARE(seqs(portal), (QList<qint64>{6, 5}));
        QCOMPARE(seqs(portal, 6), (QList<qint64>{5}));
        portal.actor = QStringLiteral("system");
        QCOMPARE(seqs(portal), (QList<qint64>{6}));
        AuditFilter views;
        views.actionPrefix = QStringLiteral("conversation.view");
        QCOMPARE(seqs(views), (QList<qint64>{3, 1}));
        AuditFilter window;
        window.fromMs = 1600;
        window.toMs = 3600;
        QCOMPARE(seqs(window), (QList<qint64>{4, 3, 2}));
        QCOMPARE(seqs(window, std::nullopt, 2), (QList<qint64>{4, 3}));
        QCOMPARE(seqs(window, 3, 2), (QList<qint64>{2}));
        patient.actor = QStringLiteral("staff:8");
        patient.toMs = 3650;
        QCOMPARE(seqs(patient), (QList<qint64>{4}));
        QCOMPARE(patient.toJson().value(QStringLiteral("contact")).toInt(), 1);
    }

    // A shared nurses' station with many sessions and a prefix matching many
    // actions: more index ranges than SQLite takes in one compound query.
    void aBusyWorkstationWithABroadPrefixStillAnswers()
    {
        auto trail = freshTrail(SecretBytes::random(32));
        auto &db = trail->store.database();
        db.exec("INSERT INTO staff_users (id, username, display_name, roles, password_hash, password_changed_at, created_at_ms)"
                " VALUES (7, 'n', 'N', 'nurse', 'x', 0, 0)");
        for (int i = 0; i < 150; ++i) { // 150 sessions of ten units each on one device
            db.prepare("INSERT INTO sessions (id, token_hash, user_id, device_id, created_at_ms, last_seen_at_ms, ended_at_ms)"
                       " VALUES (?, ?, 7, 'ws-busy', ?, ?, ?)")
                .bind(1, QStringLiteral("s%1").arg(i))
                .bindBlob(2, QByteArray::number(i))
                .bind(3, std::int64_t(i * 10))
                .bind(4, std::int64_t(i * 10))
                .bind(5, std::int64_t(i * 10 + 9))
                .run();
        }
        for (int i = 0; i < 8; ++i) { // 8 actions under "x.", each inside a session window
            trail->log.append({0, qint64(i * 10 + 5), QStringLiteral("staff:7"), QStringLiteral("x.action%1").arg(i),
                               QStringLiteral("conversation:1"), {}});
        }
        trail->log.append({0, 15, QStringLiteral("staff:7"), QStringLiteral("y.other"), QStringLiteral("conversation:1"), {}});
        AuditQuery query(db);
        AuditFilter filter;
        filter.deviceId = QStringLiteral("ws-busy");
        filter.actionPrefix = QStringLiteral("x.");
        const auto events = query.page(filter, std::nullopt, 50); // 150 x 8 ranges: before the fix SQLite refused it
        QCOMPARE(events.size(), 8);
        QCOMPARE(events.first().action, QStringLiteral("x.action7"));
    }

    void aDamagedAnchorFileIsAnError()
    {
        auto trail = checkpointedTrail(SecretBytes::random(32));
        QFile file(trail->anchorPath);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"seq\": \"not a number\"}\n");
        file.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, AuditCheckpoints::readAnchorFile(trail->anchorPath));
        QString error;
        QVERIFY(!anchorsFromExport("{\"format\":\"something else\"}", &error));
        QVERIFY(!anchorsFromExport("seq,at_ms\n1,2\n", &error));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
