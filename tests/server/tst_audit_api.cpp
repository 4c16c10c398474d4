#include "server/config/master_key.h"
#include "server/store/server_store.h"
#include "tests/support/api_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::errorCode;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
        } else {
            QFile::copy(path, target);
            QFile::setPermissions(target, QFile::permissions(path));
        }
    }
}
} // namespace

// The audit viewer and export against the real server, then `carebridge-server
// audit verify` on its data folder after normal use: untouched, and after each
// kind of tampering done directly in the SQLCipher store (server stopped).
class TestAuditApi : public QObject
{
    Q_OBJECT
private:
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_adminToken;
    QString m_nurseToken;
    QString m_complianceToken;
    QTemporaryDir m_copies;
    int m_copyCount = 0;
    QByteArray m_exportJson;

    QString signIn(const QString &username, const QString &role)
    {
        const auto created = m_api.post(QStringLiteral("/api/v1/staff"),
                                        {{QStringLiteral("username"), username},
                                         {QStringLiteral("display_name"), username},
                                         {QStringLiteral("roles"), QJsonArray{role}},
                                         {QStringLiteral("password"), Password}},
                                        m_adminToken);
        const QString code = created.json().value(QStringLiteral("enrolment_code")).toObject().value(QStringLiteral("code")).toString();
        return m_api.enrol(username, Password, code).value(QStringLiteral("token")).toString();
    }

    QJsonObject events(const QString &query, const QString &token)
    {
        const auto reply = m_api.get(QStringLiteral("/api/v1/audit/events?") + query, token);
        if (reply.status != 200) {
            qWarning("audit/events?%s: %d %s", qPrintable(query), reply.status, reply.body.constData());
        }
        return reply.json();
    }

    int countAction(const QString &action)
    {
        return int(events(QStringLiteral("action=") + action + QStringLiteral("&limit=500"), m_adminToken)
                       .value(QStringLiteral("events")).toArray().size());
    }

    // A copy of the stopped server's folder, tampered with through SQL as someone
    // holding the master key would (the guards dropped first).
    QString tamperedCopy(const QByteArray &sql)
    {
        const QString folder = m_copies.filePath(QString::number(++m_copyCount));
        copyFolder(m_server.folder(), folder);
        const QString data = folder + QStringLiteral("/data");
        {
            auto store = cb::server::ServerStore::open(data + QStringLiteral("/server.db"),
                                                       cb::server::MasterKey::load(data + QStringLiteral("/master.key")));
            store.database().exec("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;"
                                  "DROP TRIGGER audit_checkpoints_no_delete");
            store.database().exec(sql.toStdString());
            // and the guards back on, so the table looks as the server made it
            store.database().exec("CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events "
                                  "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"
                                  "CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events "
                                  "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;");
        }
        return folder + QStringLiteral("/carebridge-server.conf");
    }

    std::int64_t storeValue(const char *sql)
    {
        const QString data = m_server.dataDir();
        auto store = cb::server::ServerStore::open(data + QStringLiteral("/server.db"),
                                                   cb::server::MasterKey::load(data + QStringLiteral("/master.key")));
        return store.database().queryInt(sql);
    }

    int verify(const QString &config, QByteArray *output, const QStringList &extra = {})
    {
        return cb::test::runProgram(cb::test::serverBinary(),
                                    QStringList{QStringLiteral("--config"), config, QStringLiteral("audit"), QStringLiteral("verify")} +
                                        extra,
                                    output);
    }

private slots:
    void initTestCase()
    {
        cb::test::ServerProcess::Options options;
        options.extraConfig = "[audit]\ncheckpoint_events = 10\ncheckpoint_seconds = 1\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), Password), 0);
        QVERIFY(m_server.start());
        m_api.base = m_server.baseUrl();
        m_adminToken = m_api.enrol(QStringLiteral("admin"), Password, m_server.enrolmentCode(QStringLiteral("admin")))
                           .value(QStringLiteral("token")).toString();
        QVERIFY(!m_adminToken.isEmpty());
        m_nurseToken = signIn(QStringLiteral("nurse.ida"), QStringLiteral("nurse"));
        m_complianceToken = signIn(QStringLiteral("comp.lee"), QStringLiteral("compliance"));
        QVERIFY(!m_nurseToken.isEmpty() && !m_complianceToken.isEmpty());
    }

    void onlyAdminAndComplianceReadTheTrail()
    {
        for (const char *path : {"/api/v1/audit/events", "/api/v1/audit/export?format=json"}) {
            const auto nurse = m_api.get(QString::fromLatin1(path), m_nurseToken);
            QCOMPARE(nurse.status, 403);
            QCOMPARE(errorCode(nurse), QStringLiteral("forbidden"));
            QCOMPARE(m_api.get(QString::fromLatin1(path), m_complianceToken).status, 200);
        }
    }

    void pagesNewestFirstWithKeysetPaging()
    {
        const QJsonArray all = events(QStringLiteral("limit=500"), m_adminToken).value(QStringLiteral("events")).toArray();
        QVERIFY(all.size() > 10);
        QList<qint64> seen;
        QString query = QStringLiteral("limit=4");
        for (int page = 0; page < 100; ++page) {
            const QJsonObject body = events(query, m_adminToken);
            for (const auto &event : body.value(QStringLiteral("events")).toArray()) {
                seen.append(event.toObject().value(QStringLiteral("seq")).toInteger());
            }
            if (!body.contains(QStringLiteral("next_before_seq"))) {
                break;
            }
            query = QStringLiteral("limit=4&before_seq=%1").arg(body.value(QStringLiteral("next_before_seq")).toInteger());
        }
        QVERIFY(seen.size() >= all.size());
        for (int i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i] < seen[i - 1]); // strictly newest first, nothing twice
        }
        QCOMPARE(seen.last(), 1);
    }

    void filtersByPersonAndEventType()
    {
        const QJsonArray mine = events(QStringLiteral("actor=staff:1&limit=500"), m_adminToken).value(QStringLiteral("events")).toArray();
        QVERIFY(!mine.isEmpty());
        for (const auto &event : mine) {
            QCOMPARE(event.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("staff:1"));
        }
        const QJsonArray logins = events(QStringLiteral("action=login.&limit=500"), m_adminToken).value(QStringLiteral("events")).toArray();
        QSet<QString> actions;
        for (const auto &event : logins) {
            actions.insert(event.toObject().value(QStringLiteral("action")).toString());
        }
        QVERIFY(actions.contains(QStringLiteral("login.success")));
        for (const QString &action : actions) {
            QVERIFY2(action.startsWith(QStringLiteral("login.")), qPrintable(action));
        }
        const QJsonArray none = events(QStringLiteral("action=nothing.like.this"), m_adminToken).value(QStringLiteral("events")).toArray();
        QVERIFY(none.isEmpty());
        const QJsonArray future = events(QStringLiteral("from_ms=4102444800000"), m_adminToken).value(QStringLiteral("events")).toArray();
        QVERIFY(future.isEmpty());
    }

    void badParametersAreRefused()
    {
        for (const char *query : {"limit=0", "limit=501", "before_seq=abc", "from_ms=5&to_ms=4", "contact=x"}) {
            const auto reply = m_api.get(QStringLiteral("/api/v1/audit/events?") + QLatin1String(query), m_adminToken);
            QVERIFY2(reply.status == 400, query);
        }
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/audit/export?format=xml"), m_adminToken).status, 400);
    }

    void readingTheTrailIsAuditedOncePerQuery()
    {
        const int before = countAction(QStringLiteral("audit.view"));
        events(QStringLiteral("actor=staff:2&limit=1"), m_complianceToken);
        events(QStringLiteral("actor=staff:2&limit=1&before_seq=1000000"), m_complianceToken); // the next page
        events(QStringLiteral("actor=staff:2&limit=1&before_seq=999999"), m_complianceToken);
        const int after = countAction(QStringLiteral("audit.view"));
        QCOMPARE(after, before + 2); // compliance's query once, and the admin's own count query
        const QJsonObject last = events(QStringLiteral("action=audit.view&actor=staff:3&limit=1"), m_adminToken)
                                     .value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("filters")).toObject()
                     .value(QStringLiteral("actor")).toString(),
                 QStringLiteral("staff:2"));
    }

    void exportsAreAuditedAndCarryTheSignedCheckpoints()
    {
        const auto json = m_api.get(QStringLiteral("/api/v1/audit/export?format=json&action=login."), m_complianceToken);
        QCOMPARE(json.status, 200);
        QVERIFY(json.header("Content-Disposition").contains("attachment"));
        const QJsonObject body = json.json();
        QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("carebridge-audit-export/1"));
        QVERIFY(body.value(QStringLiteral("times")).toString().startsWith(QStringLiteral("UTC")));
        QVERIFY(body.value(QStringLiteral("count")).toInt() > 0);
        QCOMPARE(body.value(QStringLiteral("public_key")).toString().size(), 64);
        const QJsonArray checkpoints = body.value(QStringLiteral("checkpoints")).toArray();
        QVERIFY(!checkpoints.isEmpty());
        // The export's own audit event is already anchored by the last checkpoint.
        const QJsonObject exportEvent = events(QStringLiteral("action=audit.export&limit=1"), m_adminToken)
                                            .value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(exportEvent.value(QStringLiteral("detail")).toObject().value(QStringLiteral("count")).toInt(),
                 body.value(QStringLiteral("count")).toInt());
        QVERIFY(checkpoints.last().toObject().value(QStringLiteral("seq")).toInteger() >=
                exportEvent.value(QStringLiteral("seq")).toInteger());
        m_exportJson = json.body;

        const auto csv = m_api.get(QStringLiteral("/api/v1/audit/export?format=csv&actor=staff:1"), m_adminToken);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        QVERIFY(csv.body.startsWith("seq,at_ms,at_utc,actor,action,target,detail\r\n"));
        QVERIFY(csv.body.contains("\r\n#public_key," + body.value(QStringLiteral("public_key")).toString().toLatin1()));
        QVERIFY(csv.body.contains("\r\n#checkpoint,"));
    }

    void theServerSignsCheckpointsOnItsOwn()
    {
        // checkpoint_seconds = 1: within a few seconds of activity the head is anchored.
        m_api.get(QStringLiteral("/api/v1/me"), m_adminToken);
        const QString anchors = m_server.dataDir() + QStringLiteral("/audit-anchors.jsonl");
        QTRY_VERIFY_WITH_TIMEOUT(QFile(anchors).size() > 0, 10000);
        QCOMPARE(QFile::permissions(anchors) & 0x0077, QFileDevice::Permissions());
        const auto verify = m_api.get(QStringLiteral("/api/v1/audit/verify"), m_complianceToken).json();
        QVERIFY(verify.value(QStringLiteral("intact")).toBool());
        QVERIFY(verify.value(QStringLiteral("checkpoints_checked")).toInt() > 0);
    }

    void theUntouchedTrailVerifiesAfterNormalUse()
    {
        m_server.stop(); // a clean stop also signs the last checkpoint
        const std::int64_t head = storeValue("SELECT max(seq) FROM audit_events");
        QCOMPARE(storeValue("SELECT max(seq) FROM audit_checkpoints"), head);
        QByteArray output;
        QCOMPARE(verify(m_server.configPath(), &output), 0);
        QVERIFY2(output.contains("intact"), output.constData());
        QByteArray anchored;
        const QString exportFile = m_copies.filePath(QStringLiteral("export.json"));
        cb::test::writeFile(exportFile, m_exportJson);
        QCOMPARE(verify(m_server.configPath(), &anchored, {QStringLiteral("--anchor"), exportFile}), 0);
        QByteArray key;
        QCOMPARE(cb::test::runProgram(cb::test::serverBinary(),
                                      {QStringLiteral("--config"), m_server.configPath(), QStringLiteral("audit"),
                                       QStringLiteral("public-key")},
                                      &key, {}, 60000, cb::test::Output::StdoutOnly),
                 0);
        QCOMPARE(QString::fromLatin1(key.trimmed()),
                 QJsonDocument::fromJson(m_exportJson).object().value(QStringLiteral("public_key")).toString());
    }

    void eachKindOfTamperingIsNamedByTheCli_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("edit") << QByteArray("UPDATE audit_events SET actor = 'staff:99' WHERE seq = 3") << 3 << QByteArray("hash_mismatch");
        QTest::newRow("delete") << QByteArray("DELETE FROM audit_events WHERE seq = 4") << 5 << QByteArray("out_of_sequence");
        QTest::newRow("reorder") << QByteArray("UPDATE audit_events SET seq = -5 WHERE seq = 5; UPDATE audit_events SET seq = 5 "
                                               "WHERE seq = 6; UPDATE audit_events SET seq = 6 WHERE seq = -5")
                                 << 5 << QByteArray("hash_mismatch");
        QTest::newRow("insert") << QByteArray("UPDATE audit_events SET seq = seq + 1000000 WHERE seq > 3;"
                                              "UPDATE audit_events SET seq = seq - 999999 WHERE seq > 1000000;"
                                              "INSERT INTO audit_events SELECT 4, at, 'staff:1', 'audit.verify', 'audit', '{}',"
                                              " hash, hash FROM audit_events WHERE seq = 3")
                                << 4 << QByteArray("hash_mismatch");
    }
    void eachKindOfTamperingIsNamedByTheCli()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, firstBad);
        QFETCH(QByteArray, problem);
        QByteArray output;
        QCOMPARE(verify(tamperedCopy(sql), &output), 1);
        QVERIFY2(output.contains("First bad event: seq " + QByteArray::number(firstBad) + " ("), output.constData());
        QVERIFY2(output.contains(" UTC)"), output.constData()); // its action and time are named
        QVERIFY2(output.contains("Problem: " + problem), output.constData());
    }

    void truncationAfterACheckpointIsCaught()
    {
        const std::int64_t head = storeValue("SELECT max(seq) FROM audit_events");
        const QByteArray cut = QByteArray::number(head - 2);
        const QByteArray named = "First bad event: seq " + cut;
        QByteArray output;
        // Tail events gone, checkpoint rows kept: the store's own checkpoints name it.
        QCOMPARE(verify(tamperedCopy("DELETE FROM audit_events WHERE seq >= " + cut), &output), 1);
        QVERIFY2(output.contains(named) && output.contains("truncated"), output.constData());
        // Tail checkpoint rows deleted too: the anchor file still names it.
        const QByteArray both = "DELETE FROM audit_events WHERE seq >= " + cut + "; DELETE FROM audit_checkpoints WHERE seq >= " + cut;
        QCOMPARE(verify(tamperedCopy(both), &output), 1);
        QVERIFY2(output.contains(named) && output.contains("anchor file"), output.constData());
    }

    void truncationWithEveryLocalAnchorGoneIsCaughtByAnExport()
    {
        // Cut back to before the export's last checkpoint, and remove the anchor file too.
        const QJsonArray checkpoints = QJsonDocument::fromJson(m_exportJson).object().value(QStringLiteral("checkpoints")).toArray();
        const QByteArray cut = QByteArray::number(checkpoints.last().toObject().value(QStringLiteral("seq")).toInteger() - 1);
        const QString config = tamperedCopy("DELETE FROM audit_events WHERE seq >= " + cut +
                                            "; DELETE FROM audit_checkpoints WHERE seq >= " + cut);
        QVERIFY(QFile::remove(QFileInfo(config).path() + QStringLiteral("/data/audit-anchors.jsonl")));
        QByteArray output;
        QCOMPARE(verify(config, &output), 0); // what a hash chain alone can say
        const QString exportFile = m_copies.filePath(QStringLiteral("export.json"));
        QCOMPARE(verify(config, &output, {QStringLiteral("--anchor"), exportFile}), 1);
        QVERIFY2(output.contains("First bad event: seq " + cut) && output.contains("the export"), output.constData());
    }

    void whatCannotBeCheckedSaysSo()
    {
        QByteArray output;
        QCOMPARE(verify(m_server.configPath(), &output, {QStringLiteral("--anchor"), m_copies.filePath(QStringLiteral("none.json"))}), 2);
        const QString notAnExport = m_copies.filePath(QStringLiteral("other.json"));
        cb::test::writeFile(notAnExport, "{\"hello\": 1}");
        QCOMPARE(verify(m_server.configPath(), &output, {QStringLiteral("--anchor"), notAnExport}), 2);
        const QString config = tamperedCopy("SELECT 1");
        QVERIFY(QFile::remove(QFileInfo(config).path() + QStringLiteral("/data/server.db")));
        QCOMPARE(verify(config, &output), 2);
        QVERIFY2(output.contains("could not check"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_audit_api.moc"
