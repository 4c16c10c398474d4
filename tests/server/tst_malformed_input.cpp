#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "server/http/body_schema.h"
#include "server/http/endpoint_catalogue.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using cb::server::FieldType;
using cb::test::ApiClient;
using cb::test::errorCode;
using cb::test::SandboxProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

// A value of every JSON type but `type`: each is a wrong type for that field.
QList<QJsonValue> wrongValuesFor(FieldType type)
{
    const QList<std::pair<FieldType, QJsonValue>> samples{
        {FieldType::String, QStringLiteral("abc")}, {FieldType::Integer, 42}, {FieldType::Boolean, true},
        {FieldType::Array, QJsonArray{1}},          {FieldType::Object, QJsonObject{{QStringLiteral("a"), 1}}}};
    QList<QJsonValue> wrong;
    for (const auto &[kind, value] : samples) {
        if (kind != type) {
            wrong.append(value);
        }
    }
    if (type == FieldType::Integer) {
        wrong.append(1.5); // a number, but not a whole one
    }
    return wrong;
}
} // namespace

// Malformed input at every endpoint of the catalogue (security review, hostile
// input): oversized, deeply nested, wrong types, invalid UTF-8, duplicate keys,
// huge numbers. Each gets a clear 4xx, and the store is byte-for-byte the same
// afterwards (a fingerprint of every table that a request could change).
class TestMalformedInput : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QString m_admin;
    QString m_compliance;
    qint64 m_conversation = 0;
    qint64 m_victim = 0;

    QByteArray fingerprint()
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        auto db = cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                            cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *table : {"staff_users", "sessions", "enrolment_codes", "recovery_codes", "audit_events", "contacts",
                                  "conversations", "messages", "media", "events", "dead_letters"}) {
            auto rows = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
            while (rows.step()) {
                for (int column = 0; column < rows.columnCount(); ++column) {
                    hash.addData(rows.columnBlob(column));
                    hash.addData("|");
                }
            }
            hash.addData(table);
        }
        return hash.result();
    }

    QString tokenFor(const cb::server::Endpoint &endpoint) const
    {
        if (!endpoint.permission) {
            return {};
        }
        // A role the endpoint allows: the caller is settled before the body is read (security review 3).
        if (cb::policy::roleAllows(cb::policy::Role::Nurse, *endpoint.permission)) {
            return m_nurse;
        }
        return cb::policy::roleAllows(cb::policy::Role::Admin, *endpoint.permission) ? m_admin : m_compliance;
    }

    QString pathFor(const cb::server::Endpoint &endpoint) const
    {
        QString path = QString::fromLatin1(endpoint.path);
        const bool staffArg = path.startsWith(QLatin1String("/api/v1/staff/"));
        return path.replace(QStringLiteral("<arg>"), QString::number(staffArg ? m_victim : m_conversation));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("ada"), QStringLiteral("admin"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("victor"), QStringLiteral("front_desk"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("cora"), QStringLiteral("compliance"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        m_admin = m_api.enrol(QStringLiteral("ada"), Password, m_server.enrolmentCode(QStringLiteral("ada"))).value(QStringLiteral("token")).toString();
        m_compliance = m_api.enrol(QStringLiteral("cora"), Password, m_server.enrolmentCode(QStringLiteral("cora"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty() && !m_admin.isEmpty() && !m_compliance.isEmpty());
        QVERIFY(m_sandbox.say(QStringLiteral("15550109001"), QStringLiteral("Rosa"), QStringLiteral("Hola, una pregunta")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray().isEmpty(), 10000);
        m_conversation = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray()
                             .first().toObject().value(QStringLiteral("id")).toInteger();
        for (const auto &user : m_api.get(QStringLiteral("/api/v1/staff"), m_admin).json().value(QStringLiteral("staff")).toArray()) {
            if (user.toObject().value(QStringLiteral("username")) == QLatin1String("victor")) {
                m_victim = user.toObject().value(QStringLiteral("id")).toInteger();
            }
        }
        QVERIFY(m_conversation > 0 && m_victim > 0);
    }

    void everyEndpointRefusesMalformedBodiesAndChangesNothing()
    {
        int checked = 0;
        for (const auto &endpoint : cb::server::endpointCatalogue()) {
            if (endpoint.method != cb::server::http::Method::Post) {
                continue; // GET and DELETE take no body
            }
            const QList<cb::server::BodyField> &fields = cb::server::bodyFields(endpoint.id);
            const QString field = fields.isEmpty() ? QStringLiteral("unexpected") : QLatin1String(fields.first().name);
            QList<std::pair<QString, QByteArray>> bodies{
                // Past the endpoint's own limit (64 KiB, or more for attachments).
                {QStringLiteral("oversized"), "{\"" + field.toUtf8() + "\":\"" + QByteArray(int(endpoint.bodyLimit) + 6 * 1024, 'a') + "\"}"},
                {QStringLiteral("deeply nested"), "{\"" + field.toUtf8() + "\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}"},
                {QStringLiteral("nested past the limit"), "{\"" + field.toUtf8() + "\":" + QByteArray(20, '[') + QByteArray(20, ']') + "}"},
                {QStringLiteral("invalid UTF-8"), "{\"" + field.toUtf8() + "\":\"\xff\xfe\xc3\x28\"}"},
                {QStringLiteral("duplicate keys"), "{\"" + field.toUtf8() + "\":\"a\",\"" + field.toUtf8() + "\":\"b\"}"},
                {QStringLiteral("huge number"), "{\"" + field.toUtf8() + "\":1e400}"},
                {QStringLiteral("huge integer"), "{\"" + field.toUtf8() + "\":123456789012345678901234567890}"},
                {QStringLiteral("not an object"), "[\"" + field.toUtf8() + "\"]"},
                {QStringLiteral("truncated"), "{\"" + field.toUtf8() + "\":"},
                {QStringLiteral("unknown field"), "{\"surprise\":1}"},
                {QStringLiteral("null"), "{\"" + field.toUtf8() + "\":null}"},
                {QStringLiteral("lone surrogate"), "{\"" + field.toUtf8() + "\":\"a\\ud800b\"}"},
                {QStringLiteral("unknown escape"), "{\"" + field.toUtf8() + "\":\"a\\qb\"}"},
                {QStringLiteral("raw control character"), "{\"" + field.toUtf8() + "\":\"a\x01b\"}"},
            };
            for (const cb::server::BodyField &each : fields) {
                for (const QJsonValue &wrong : wrongValuesFor(each.type)) {
                    bodies.append({QStringLiteral("wrong type for %1").arg(QLatin1String(each.name)),
                                   QJsonDocument(QJsonObject{{QLatin1String(each.name), wrong}}).toJson(QJsonDocument::Compact)});
                }
            }
            const QByteArray before = fingerprint();
            for (const auto &[kind, body] : bodies) {
                const QString token = tokenFor(endpoint);
                QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"},
                                                             {"X-Carebridge-Device", ApiClient::DeviceId}};
                if (!token.isEmpty()) {
                    headers.append({"Authorization", "Bearer " + token.toLatin1()});
                }
                const auto reply = cb::test::httpRequest("POST", m_api.base.resolved(QUrl(pathFor(endpoint))), body, headers);
                const QString what = QStringLiteral("%1 with %2 gave %3 %4")
                                         .arg(QLatin1String(endpoint.id), kind)
                                         .arg(reply.status)
                                         .arg(QString::fromUtf8(reply.body.left(200)));
                QVERIFY2(reply.status == 400 || reply.status == 413, qPrintable(what));
                if (reply.status == 400) { // a clear error: a code and a sentence
                    QVERIFY2(!errorCode(reply).isEmpty(), qPrintable(what));
                    QVERIFY2(!reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty(),
                             qPrintable(what));
                }
                ++checked;
            }
            QVERIFY2(fingerprint() == before, endpoint.id);
            // The sessions used for the walk still work: nothing malformed signed them out.
            QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), m_nurse).status, 200);
            QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), m_admin).status, 200);
        }
        QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_malformed_input.moc"
