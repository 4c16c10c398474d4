#include "core/whatsapp/webhook_signature.h"
#include "tests/support/api_client.h"
#include "tests/support/http_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using cb::test::ApiClient;
using cb::test::SandboxProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

QJsonObject message(const char *from, const char *wamid, const char *text)
{
    QJsonObject raw{{QStringLiteral("from"), QLatin1String(from)}, {QStringLiteral("timestamp"), QStringLiteral("1763800000")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QLatin1String(text)}}}};
    if (wamid) {
        raw.insert(QStringLiteral("id"), QLatin1String(wamid));
    }
    return raw;
}

QJsonObject contact(const char *waId, const char *userId, const char *name)
{
    QJsonObject json{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QLatin1String(name)}}},
                     {QStringLiteral("wa_id"), QLatin1String(waId)}};
    if (userId) {
        json.insert(QStringLiteral("user_id"), QLatin1String(userId));
    }
    return json;
}

// A signed-shape delivery whose single change carries `contacts` and `messages` for `phoneNumberId`.
QByteArray delivery(const QJsonArray &contacts, const QJsonArray &messages, const char *phoneNumberId = SandboxProcess::PhoneNumberId)
{
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550000000")},
                                                                     {QStringLiteral("phone_number_id"), QLatin1String(phoneNumberId)}}},
                            {QStringLiteral("contacts"), contacts},
                            {QStringLiteral("messages"), messages}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")}, {QStringLiteral("value"), value}};
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                                            {QStringLiteral("changes"), QJsonArray{change}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

// What the intake does with deliveries that are signed but awkward: nothing is
// lost, nothing blocks the rest of a delivery, other numbers stay out.
class TestWebhookIntake : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QString m_admin;

    int post(const QByteArray &body)
    {
        return cb::test::httpPost(m_server.baseUrl().resolved(QUrl(QStringLiteral("/webhooks/whatsapp"))), body,
                                  {{"X-Hub-Signature-256", cb::whatsapp::signatureHeader(SandboxProcess::AppSecret, body)}})
            .status;
    }

    QJsonArray deadLetters()
    {
        return m_api.get(QStringLiteral("/api/v1/dead-letters"), m_admin).json().value(QStringLiteral("dead_letters")).toArray();
    }

    // wa_id → the conversation's contact, from the nurse's inbox snapshot.
    QHash<QString, QJsonObject> contactsByNumber()
    {
        QHash<QString, QJsonObject> contacts;
        const auto inbox = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json();
        for (const QJsonValue &value : inbox.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject contact = value.toObject().value(QStringLiteral("contact")).toObject();
            contacts.insert(contact.value(QStringLiteral("wa_id")).toString(), contact);
        }
        return contacts;
    }

    QByteArray metrics()
    {
        return cb::test::httpGet(m_server.baseUrl().resolved(QUrl(QStringLiteral("/metrics")))).body;
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
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        m_admin = m_api.enrol(QStringLiteral("ada"), Password, m_server.enrolmentCode(QStringLiteral("ada"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty() && !m_admin.isEmpty());
    }

    void signedButUnreadableDeliveriesBecomeDeadLetters()
    {
        QCOMPARE(post(R"({"object":"whatsapp_business_account","entry":"x"})"), 200);
        QCOMPARE(post("this is not JSON at all"), 200);
        const QJsonArray letters = deadLetters();
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("not_a_whatsapp_delivery"));
        QCOMPARE(letters[1].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("entry_not_a_list"));
        QCOMPARE(letters[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(!QJsonDocument(letters).toJson().contains("entry\":\"x")); // the list never carries content
        QVERIFY(metrics().contains("carebridge_webhook_dead_letters_total 2"));
        // A nurse does not see the admin list.
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/dead-letters"), m_nurse).status, 403);
        // Re-processing cannot read them either: they stay, one attempt older.
        const auto again = m_api.post(QStringLiteral("/api/v1/dead-letters/reprocess"), {}, m_admin).json();
        QCOMPARE(again.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("pending")).toInt(), 2);
        QCOMPARE(deadLetters()[0].toObject().value(QStringLiteral("attempts")).toInt(), 1);
    }

    void oneBadMessageDoesNotBlockTheRest()
    {
        const QByteArray body = delivery({contact("15550000101", nullptr, "Good Patient")},
                                         {message("15550000100", nullptr, "no id"), message("15550000101", "wamid.good.1", "I am fine")});
        QCOMPARE(post(body), 200);
        QVERIFY(contactsByNumber().contains(QStringLiteral("15550000101")));
        QCOMPARE(deadLetters()[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("message_without_sender_or_id"));
    }

    void anotherNumbersEntriesAreCountedNotStored()
    {
        QCOMPARE(post(delivery({contact("15550000201", nullptr, "Elsewhere")}, {message("15550000201", "wamid.other.1", "hi")}, "999999")), 200);
        QVERIFY(!contactsByNumber().contains(QStringLiteral("15550000201")));
        QVERIFY(metrics().contains("carebridge_webhook_other_number_entries_total 1"));
    }

    // Before: re-keying hit UNIQUE(contacts.wa_id), the whole batch got 503 for
    // ever, and the other patients in it were lost.
    void aNumberMovingToAKnownPatientIsReKeyed()
    {
        QCOMPARE(post(delivery({contact("15550000301", "US.ann", "Ann")}, {message("15550000301", "wamid.rk.1", "hello from ann")})), 200);
        QCOMPARE(post(delivery({contact("15550000302", nullptr, "Old Owner")}, {message("15550000302", "wamid.rk.2", "hello from 302")})), 200);
        // Ann now writes from 302, in a batch with a new patient.
        QCOMPARE(post(delivery({contact("15550000302", "US.ann", "Ann"), contact("15550000303", nullptr, "Newcomer")},
                               {message("15550000302", "wamid.rk.3", "new phone"), message("15550000303", "wamid.rk.4", "first time")})),
                 200);
        const auto contacts = contactsByNumber();
        QCOMPARE(contacts.value(QStringLiteral("15550000302")).value(QStringLiteral("profile_name")).toString(), QStringLiteral("Ann"));
        QVERIFY(contacts.contains(QStringLiteral("15550000303")));
        QVERIFY(!contacts.contains(QStringLiteral("15550000301")));
        int released = 0;
        for (auto it = contacts.begin(); it != contacts.end(); ++it) {
            released += it.key().startsWith(QLatin1Char('~')) ? 1 : 0;
        }
        QCOMPARE(released, 1); // the old holder of 302 keeps its thread, without the number
    }

    void aRecycledNumberStartsANewPatient()
    {
        QCOMPARE(post(delivery({contact("15550000401", "US.first", "First Owner")}, {message("15550000401", "wamid.rc.1", "mine")})), 200);
        QCOMPARE(post(delivery({contact("15550000401", "US.second", "Second Owner")}, {message("15550000401", "wamid.rc.2", "now mine")})), 200);
        const auto contacts = contactsByNumber();
        QCOMPARE(contacts.value(QStringLiteral("15550000401")).value(QStringLiteral("profile_name")).toString(), QStringLiteral("Second Owner"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookIntake)
#include "tst_webhook_intake.moc"
