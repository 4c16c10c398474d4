#include "server/inbox/minimum_necessary.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QJsonArray>
#include <QtTest>

using cb::server::MinimumNecessary;
using cb::test::ApiClient;
using cb::test::EventStreamClient;
using cb::test::HttpResult;
using Role = cb::policy::Role;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
const QString Patient = QStringLiteral("15550109031");
// What the nurse writes on the portal: it must never reach the front desk.
const QString Canary = QStringLiteral("Your potassium came back at 5.9");
const QString CanaryFile = QStringLiteral("potassium-results.pdf");

QJsonObject find(const QJsonArray &list, std::int64_t id)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id) {
            return value.toObject();
        }
    }
    return {};
}
} // namespace

// Minimum necessary for the front desk, against the real server: with
// [inbox] front_desk_portal = summary, a front-desk-only person receives
// secure-portal messages without their words or files through every door (the
// snapshot, a thread page, the event stream, media), and cannot write on the
// portal; a nurse on the same server sees everything.
class TestMinimumNecessary : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QString m_frontDesk;
    std::int64_t m_conversation = 0;
    std::int64_t m_textId = 0;
    std::int64_t m_fileId = 0;
    EventStreamClient m_frontDeskStream;

    QString path(const char *tail) const { return QStringLiteral("/api/v1/conversations/%1/").arg(m_conversation) + QLatin1String(tail); }

private slots:
    void onlyAFrontDeskWithoutAClinicalRoleIsWithheld()
    {
        QVERIFY(MinimumNecessary::withholdsPortal(true, {Role::FrontDesk}));
        QVERIFY(!MinimumNecessary::withholdsPortal(false, {Role::FrontDesk}));
        QVERIFY(!MinimumNecessary::withholdsPortal(true, {Role::FrontDesk, Role::Nurse}));
        QVERIFY(!MinimumNecessary::withholdsPortal(true, {Role::Clinician}));
        QVERIFY(!MinimumNecessary::withholdsPortal(true, {Role::Admin}));
    }

    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const quint16 portalPort = cb::test::freeLocalPort();
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + "[portal]\npublic_url = http://127.0.0.1:" +
                              QByteArray::number(portalPort) + "\nport = " + QByteArray::number(portalPort) +
                              "\n[inbox]\nfront_desk_portal = summary\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("fran"), QStringLiteral("front_desk"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        m_frontDesk = m_api.enrol(QStringLiteral("fran"), Password, m_server.enrolmentCode(QStringLiteral("fran"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty() && !m_frontDesk.isEmpty());
        QVERIFY(m_frontDeskStream.open(m_server.baseUrl(), m_frontDesk, QLatin1String(ApiClient::DeviceId)));

        QVERIFY(m_sandbox.say(Patient, QStringLiteral("Ana Ruiz"), QStringLiteral("Hello, are my results in?")));
        QTRY_VERIFY_WITH_TIMEOUT((m_conversation = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json()
                                                       .value(QStringLiteral("conversations")).toArray().first().toObject()
                                                       .value(QStringLiteral("id")).toInteger()) > 0, 5000);
        QCOMPARE(m_api.post(path("escalate"), {}, m_nurse).status, 201);
        const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const HttpResult file = m_api.post(path("attachments"), {{QStringLiteral("client_id"), QStringLiteral("file-1")},
                                                                 {QStringLiteral("filename"), CanaryFile},
                                                                 {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                                                 {QStringLiteral("data"), QString::fromLatin1(pdf.toBase64())}},
                                           m_nurse);
        QCOMPARE(file.status, 202);
        m_fileId = file.json().value(QStringLiteral("id")).toInteger();
        const HttpResult text = m_api.post(path("messages"), {{QStringLiteral("client_id"), QStringLiteral("text-1")},
                                                              {QStringLiteral("kind"), QStringLiteral("portal")},
                                                              {QStringLiteral("text"), Canary}},
                                           m_nurse);
        QCOMPARE(text.status, 202);
        m_textId = text.json().value(QStringLiteral("id")).toInteger();
    }

    void theSnapshotShowsASecureMessageNotItsWords()
    {
        const HttpResult frontDesk = m_api.get(QStringLiteral("/api/v1/inbox"), m_frontDesk);
        QCOMPARE(frontDesk.status, 200);
        QVERIFY(frontDesk.json().value(QStringLiteral("portal_withheld")).toBool());
        const QJsonObject row = find(frontDesk.json().value(QStringLiteral("conversations")).toArray(), m_conversation);
        QCOMPARE(row.value(QStringLiteral("preview_kind")).toString(), QStringLiteral("secure_message"));
        QCOMPARE(row.value(QStringLiteral("preview")).toString(), QString());
        QVERIFY(!frontDesk.body.contains(Canary.toUtf8()));

        const HttpResult nurse = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse);
        QVERIFY(!nurse.json().value(QStringLiteral("portal_withheld")).toBool());
        QCOMPARE(find(nurse.json().value(QStringLiteral("conversations")).toArray(), m_conversation).value(QStringLiteral("preview")).toString(),
                 Canary);
    }

    // Search (issue 22) finds no portal words for the front desk, and the
    // conversation it finds by other means previews the secure message as such.
    void searchFindsNoPortalWordsForTheFrontDesk()
    {
        const QString word = QStringLiteral("potassium"); // a word of Canary
        const QJsonObject query{{QStringLiteral("query"), word}};
        const HttpResult nurse = m_api.post(QStringLiteral("/api/v1/search"), query, m_nurse);
        QCOMPARE(nurse.status, 200);
        QCOMPARE(nurse.json().value(QStringLiteral("results")).toArray().size(), 1);
        const HttpResult frontDesk = m_api.post(QStringLiteral("/api/v1/search"), query, m_frontDesk);
        QCOMPARE(frontDesk.status, 200);
        QVERIFY(frontDesk.json().value(QStringLiteral("results")).toArray().isEmpty());
        QVERIFY(!frontDesk.body.contains(word.toUtf8()));
    }

    void theThreadKeepsTheMessagesButNotTheirWordsOrFiles()
    {
        const HttpResult frontDesk = m_api.get(path("messages"), m_frontDesk);
        QCOMPARE(frontDesk.status, 200);
        QVERIFY(!frontDesk.body.contains(Canary.toUtf8()));
        QVERIFY(!frontDesk.body.contains(CanaryFile.toUtf8()));
        const QJsonArray messages = frontDesk.json().value(QStringLiteral("messages")).toArray();
        for (const std::int64_t id : {m_textId, m_fileId}) {
            const QJsonObject message = find(messages, id);
            QCOMPARE(message.value(QStringLiteral("kind")).toString(), QStringLiteral("secure_message"));
            QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
            QVERIFY(message.value(QStringLiteral("content")).toObject().isEmpty());
        }
        // The patient's WhatsApp message is the front desk's to read, as before.
        QVERIFY(frontDesk.body.contains("Hello, are my results in?"));

        const HttpResult nurse = m_api.get(path("messages"), m_nurse);
        QCOMPARE(find(nurse.json().value(QStringLiteral("messages")).toArray(), m_textId).value(QStringLiteral("body")).toString(), Canary);
    }

    void theEventStreamCarriesNoWordsEither()
    {
        const QJsonObject added = m_frontDeskStream.waitFor([this](const QJsonObject &m) {
            return m.value(QStringLiteral("kind")).toString() == QLatin1String("message.added") &&
                   m.value(QStringLiteral("payload")).toObject().value(QStringLiteral("id")).toInteger() == m_textId;
        });
        QVERIFY(!added.isEmpty());
        const QJsonObject payload = added.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("secure_message"));
        QCOMPARE(payload.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("preview_kind")).toString(),
                 QStringLiteral("secure_message"));
        // Nothing the stream sent, live or replayed, holds the words or the file's name.
        EventStreamClient replay;
        QVERIFY(replay.open(m_server.baseUrl(), m_frontDesk, QLatin1String(ApiClient::DeviceId)));
        for (const EventStreamClient *stream : {&m_frontDeskStream, &replay}) {
            for (const QJsonObject &message : stream->received()) {
                const QByteArray text = QJsonDocument(message).toJson(QJsonDocument::Compact);
                QVERIFY2(!text.contains(Canary.toUtf8()) && !text.contains(CanaryFile.toUtf8()), text.constData());
            }
        }
        QVERIFY(replay.events().size() >= 2);
    }

    void thePortalsFilesAreNotThereForTheFrontDesk()
    {
        const QString media = QStringLiteral("/api/v1/messages/%1/media").arg(m_fileId);
        QCOMPARE(m_api.get(media, m_frontDesk).status, 404);
        QCOMPARE(m_api.get(media, m_nurse).status, 200);
    }

    void theFrontDeskCannotWriteOnThePortalButMaySendALink()
    {
        const HttpResult text = m_api.post(path("messages"), {{QStringLiteral("client_id"), QStringLiteral("fd-1")},
                                                              {QStringLiteral("kind"), QStringLiteral("portal")},
                                                              {QStringLiteral("text"), QStringLiteral("Please call us")}},
                                           m_frontDesk);
        QCOMPARE(text.status, 403);
        QCOMPARE(cb::test::errorCode(text), QStringLiteral("portal_withheld"));
        const HttpResult file = m_api.post(path("attachments"), {{QStringLiteral("client_id"), QStringLiteral("fd-2")},
                                                                 {QStringLiteral("filename"), QStringLiteral("form.pdf")},
                                                                 {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                                                 {QStringLiteral("data"), QString::fromLatin1(QByteArray("%PDF-1.4\n%%EOF\n").toBase64())}},
                                           m_frontDesk);
        QCOMPARE(file.status, 403);
        QCOMPARE(cb::test::errorCode(file), QStringLiteral("portal_withheld"));
        // Nothing was stored: the nurse's thread still ends with her own message.
        const QJsonArray messages = m_api.get(path("messages"), m_nurse).json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.last().toObject().value(QStringLiteral("id")).toInteger(), m_textId);
        // A new link carries no content: the front desk may still send one, and its answer withholds too.
        const HttpResult link = m_api.post(path("escalate"), {{QStringLiteral("reason"), QStringLiteral("new_link")}}, m_frontDesk);
        QCOMPARE(link.status, 201);
        QVERIFY(!link.body.contains(Canary.toUtf8()));
    }
};

QTEST_MAIN(TestMinimumNecessary)
#include "tst_minimum_necessary.moc"
