#include "core/whatsapp/graph_error.h"
#include "core/whatsapp/send_request.h"
#include "sandbox/graph_api_sandbox.h"
#include "tests/support/http_client.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QtTest>

using cb::sandbox::GraphApiSandbox;
using cb::whatsapp::GraphError;

// The sandbox over a real socket, answering as the Cloud API does.
class TestGraphApiSandbox : public QObject
{
    Q_OBJECT
private:
    GraphApiSandbox m_sandbox{{QStringLiteral("v25.0"), QStringLiteral("106540352242922"), QStringLiteral("sandbox-token")}};
    QUrl m_messagesUrl;

    cb::test::HttpResult send(const QJsonObject &body, const QByteArray &token = "sandbox-token")
    {
        return cb::test::httpPost(m_messagesUrl, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                  {{"Authorization", "Bearer " + token}});
    }

    static QJsonObject textMessage()
    {
        return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                {QStringLiteral("to"), QStringLiteral("+16505551234")},
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("See you at 3pm")}}}};
    }

private slots:
    void initTestCase()
    {
        const quint16 port = m_sandbox.listen(0);
        m_messagesUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v25.0/106540352242922/messages").arg(port));
    }

    void acceptsATextMessageWithMetasSuccessShape()
    {
        const auto reply = send(textMessage());
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
        const QJsonObject contact = body.value(QStringLiteral("contacts")).toArray().first().toObject();
        QCOMPARE(contact.value(QStringLiteral("input")).toString(), QStringLiteral("+16505551234"));
        QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), QStringLiteral("16505551234"));
        const QString id = body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("wamid.")));
        QCOMPARE(m_sandbox.sentMessages().last().toObject(), textMessage());
    }

    void templateSendsReportAccepted()
    {
        QJsonObject message = textMessage();
        message.remove(QStringLiteral("text"));
        message[QStringLiteral("type")] = QStringLiteral("template");
        message[QStringLiteral("template")] =
            cb::whatsapp::templateMessage(QStringLiteral("16505551234"), QStringLiteral("appointment_reminder"), QStringLiteral("en_US"),
                                          {QStringLiteral("May 3"), QStringLiteral("10:00")}, QStringLiteral("c1"))
                .value(QStringLiteral("template"));
        const auto reply = send(message);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QStringLiteral("messages")].toArray().first().toObject().value(QStringLiteral("message_status")).toString(),
                 QStringLiteral("accepted"));
    }

    // The sandbox knows the clinic's approved templates, as Meta does: the
    // portal's link and code templates pass, anything else is Meta's error.
    void onlyApprovedTemplatesGoOut()
    {
        auto sendTemplate = [this](const QJsonObject &body) {
            QJsonObject message = textMessage();
            message.remove(QStringLiteral("text"));
            message[QStringLiteral("type")] = QStringLiteral("template");
            message[QStringLiteral("template")] = body.value(QStringLiteral("template"));
            return send(message);
        };
        const QString to = QStringLiteral("16505551234");
        QCOMPARE(sendTemplate(cb::whatsapp::templateMessage(to, QStringLiteral("secure_message_link"), QStringLiteral("es_MX"),
                                                            {QStringLiteral("https://portal.example/p/x")}, QStringLiteral("c2")))
                     .status,
                 200);
        QCOMPARE(sendTemplate(cb::whatsapp::authenticationCodeMessage(to, QStringLiteral("verification_code"), QStringLiteral("en_US"),
                                                                      QStringLiteral("123456"), QStringLiteral("c3")))
                     .status,
                 200);
        const auto unknown = sendTemplate(cb::whatsapp::templateMessage(to, QStringLiteral("free_iphone"), QStringLiteral("en_US"), {}, QStringLiteral("c4")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json()[QStringLiteral("error")].toObject().value(QStringLiteral("code")).toInt(), 132001);
        const auto noButton = sendTemplate(cb::whatsapp::templateMessage(to, QStringLiteral("verification_code"), QStringLiteral("en_US"),
                                                                         {QStringLiteral("123456")}, QStringLiteral("c5")));
        QCOMPARE(noButton.status, 400);
        QCOMPARE(noButton.json()[QStringLiteral("error")].toObject().value(QStringLiteral("code")).toInt(), 132000);
        const auto wrongLanguage = sendTemplate(cb::whatsapp::templateMessage(to, QStringLiteral("reschedule_link"), QStringLiteral("fr_FR"),
                                                                              {QStringLiteral("x")}, QStringLiteral("c6")));
        QCOMPARE(wrongLanguage.status, 404);
    }

    void wrongTokenIsOAuthError190()
    {
        const int before = int(m_sandbox.sentMessages().size());
        const auto reply = send(textMessage(), "stolen-token");
        QCOMPARE(reply.status, 401);
        const auto error = GraphError::fromJson(reply.json(), reply.status);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, 190);
        QCOMPARE(error->type, QStringLiteral("OAuthException"));
        QVERIFY(!reply.json()[QStringLiteral("error")].toObject().value(QStringLiteral("fbtrace_id")).toString().isEmpty());
        QCOMPARE(int(m_sandbox.sentMessages().size()), before); // nothing was "sent"
    }

    void malformedRequestsAreInvalidParameter100_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("no product") << QByteArray(R"({"to":"+1555","type":"text","text":{"body":"x"}})");
        QTest::newRow("no recipient") << QByteArray(R"({"messaging_product":"whatsapp","type":"text","text":{"body":"x"}})");
        QTest::newRow("type without payload") << QByteArray(R"({"messaging_product":"whatsapp","to":"+1555","type":"image"})");
        QTest::newRow("unknown type") << QByteArray(R"({"messaging_product":"whatsapp","to":"+1555","type":"hologram","hologram":{}})");
    }
    void malformedRequestsAreInvalidParameter100()
    {
        QFETCH(QByteArray, body);
        const auto reply = cb::test::httpPost(m_messagesUrl, body, {{"Authorization", "Bearer sandbox-token"}});
        QCOMPARE(reply.status, 400);
        const auto error = GraphError::fromJson(reply.json(), reply.status);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, 100);
        QVERIFY(!error->details.isEmpty());
        QCOMPARE(reply.json()[QStringLiteral("error")].toObject()[QStringLiteral("error_data")].toObject()
                     .value(QStringLiteral("messaging_product")).toString(),
                 QStringLiteral("whatsapp"));
    }

    void unknownPhoneNumberIdIsRefused()
    {
        QUrl other = m_messagesUrl;
        other.setPath(QStringLiteral("/v25.0/999/messages"));
        const auto reply = cb::test::httpPost(other, QJsonDocument(textMessage()).toJson(),
                                              {{"Authorization", "Bearer sandbox-token"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(GraphError::fromJson(reply.json(), reply.status)->subcode, 33);
    }
};

QTEST_GUILESS_MAIN(TestGraphApiSandbox)
#include "tst_graph_api_sandbox.moc"
