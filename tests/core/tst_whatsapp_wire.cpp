#include "core/whatsapp/send_failure.h"
#include "core/whatsapp/send_request.h"
#include "core/whatsapp/webhook_payload.h"
#include "core/whatsapp/webhook_signature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cb;
using namespace cb::whatsapp;

// The Cloud API's wire format as the server reads and writes it.
class TestWhatsAppWire : public QObject
{
    Q_OBJECT
private:
    static QJsonObject fixture(const char *name)
    {
        QFile file(qEnvironmentVariable("CB_TEST_DATA") + QStringLiteral("/whatsapp/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void signatureMatchesAnIndependentHmac()
    {
        // Reference value from: printf '%s' '{"a":1}' | openssl dgst -sha256 -hmac 'app-secret'
        const QByteArray header = signatureHeader("app-secret", R"({"a":1})");
        QCOMPARE(header, QByteArray("sha256=a2ac6607a24977f9757e6d78319ae1660ad42ffeee0ee3f0dff30a92bcf85448"));
        QVERIFY(signatureMatches("app-secret", R"({"a":1})", header));
        QVERIFY(!signatureMatches("app-secret", R"({"a":2})", header));
        QVERIFY(!signatureMatches("other-secret", R"({"a":1})", header));
        QVERIFY(!signatureMatches("app-secret", R"({"a":1})", header.mid(7)));     // no "sha256=" prefix
        QVERIFY(!signatureMatches("app-secret", R"({"a":1})", "sha256="));         // empty MAC
        QVERIFY(!signatureMatches({}, R"({"a":1})", signatureHeader({}, R"({"a":1})"))); // no secret configured
    }

    void everyEntryChangeAndMessageIsRead()
    {
        const auto delivery = parseWebhook(fixture("every_type.json"));
        QVERIFY(delivery.has_value());
        QCOMPARE(delivery->messages.size(), 14);
        QCOMPARE(delivery->statuses.size(), 2); // "deleted" is not a delivery state
        QCOMPARE(delivery->ignoredChanges, 1);  // the template status update

        const InboundMessage &text = delivery->messages[0];
        QCOMPARE(text.kind, QStringLiteral("text"));
        QCOMPARE(text.body, QStringLiteral("Can I move my appointment?"));
        QCOMPARE(text.waId, QStringLiteral("16505551234"));
        QCOMPARE(text.userId, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(text.profileName, QStringLiteral("Sheena Nelson"));
        QCOMPARE(text.timestampMs, 1749416383000);
        QCOMPARE(text.phoneNumberId, QStringLiteral("106540352242922"));

        const InboundMessage &button = delivery->messages[1];
        QCOMPARE(button.kind, QStringLiteral("interactive_reply"));
        QCOMPARE(button.body, QStringLiteral("Confirm"));
        QCOMPARE(button.contextWamid, QStringLiteral("wamid.OUT1"));
        QCOMPARE(button.profileName, QStringLiteral("Lucía Gómez"));
        QCOMPARE(delivery->messages[2].content.value(QStringLiteral("reply_id")).toString(), QStringLiteral("slot-2"));
        QCOMPARE(delivery->messages[3].kind, QStringLiteral("button_reply"));
        QCOMPARE(delivery->messages[3].content.value(QStringLiteral("payload")).toString(), QStringLiteral("RESCHEDULE"));
    }

    void mediaLocationContactsReactionSystem()
    {
        const auto delivery = parseWebhook(fixture("every_type.json"));
        QVERIFY(delivery.has_value());
        const InboundMessage &image = delivery->messages[4];
        QCOMPARE(image.kind, QStringLiteral("image"));
        QCOMPARE(image.body, QStringLiteral("my referral letter"));
        QCOMPARE(image.content.value(QStringLiteral("media_id")).toString(), QStringLiteral("1003383421387256"));
        QCOMPARE(image.content.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(delivery->messages[5].content.value(QStringLiteral("filename")).toString(), QStringLiteral("form.pdf"));
        QVERIFY(delivery->messages[6].content.value(QStringLiteral("voice")).toBool());
        QCOMPARE(delivery->messages[7].kind, QStringLiteral("video"));
        QCOMPARE(delivery->messages[8].content.value(QStringLiteral("latitude")).toDouble(), 37.4847);
        QCOMPARE(delivery->messages[9].body, QStringLiteral("Ana Ruiz"));
        QCOMPARE(delivery->messages[10].kind, QStringLiteral("reaction"));
        QCOMPARE(delivery->messages[10].content.value(QStringLiteral("message_id")).toString(), QStringLiteral("wamid.OUT1"));
        QCOMPARE(delivery->messages[11].kind, QStringLiteral("system"));
        QCOMPARE(delivery->messages[11].content.value(QStringLiteral("new_wa_id")).toString(), QStringLiteral("16505559999"));
    }

    void unknownTypesAreKeptNotDropped()
    {
        const auto delivery = parseWebhook(fixture("every_type.json"));
        QVERIFY(delivery.has_value());
        for (int i : {12, 13}) {
            QCOMPARE(delivery->messages[i].kind, QStringLiteral("unsupported"));
            QVERIFY(delivery->messages[i].content.value(QStringLiteral("raw")).isObject());
        }
        QCOMPARE(delivery->messages[13].content.value(QStringLiteral("original_type")).toString(), QStringLiteral("order"));
    }

    void statusesCarryStateErrorAndClientId()
    {
        const auto delivery = parseWebhook(fixture("every_type.json"));
        QVERIFY(delivery.has_value());
        QCOMPARE(delivery->statuses[0].state, model::DeliveryState::Delivered);
        QCOMPARE(delivery->statuses[0].clientId, QStringLiteral("client-1"));
        QCOMPARE(delivery->statuses[1].state, model::DeliveryState::Failed);
        QCOMPARE(delivery->statuses[1].errorCode, 131047);
        QVERIFY(delivery->statuses[1].errorTitle.contains(QStringLiteral("24 hours")));
    }

    void foreignBodiesAreRefused()
    {
        QVERIFY(!parseWebhook({{QStringLiteral("object"), QStringLiteral("page")}}).has_value());
        QVERIFY(!parseWebhook({}).has_value());
        // A message without an id cannot be deduplicated: skipped, never half-stored.
        const QJsonObject noId = QJsonDocument::fromJson(R"({"object":"whatsapp_business_account","entry":[{"changes":[
            {"field":"messages","value":{"messages":[{"from":"1","timestamp":"1","type":"text","text":{"body":"x"}}]}}]}]})").object();
        QCOMPARE(parseWebhook(noId)->messages.size(), 0);
    }

    // Parts of a signed delivery that cannot be read are listed, each wrapped
    // as a delivery of its own, so the server keeps them as dead letters.
    void unreadablePartsAreListedNotDropped()
    {
        const auto parse = [](const char *json) { return parseWebhook(QJsonDocument::fromJson(json).object()); };
        const auto reasons = [](const whatsapp::WebhookDelivery &delivery) {
            QStringList list;
            for (const auto &part : delivery.unreadable) {
                list << (part.envelope.isEmpty() ? QStringLiteral("no envelope") : part.reason);
            }
            return list;
        };
        QCOMPARE(reasons(*parse(R"({"object":"whatsapp_business_account","entry":"x"})")), QStringList{QStringLiteral("entry_not_a_list")});
        QCOMPARE(reasons(*parse(R"({"object":"whatsapp_business_account","entry":[7]})")), QStringList{QStringLiteral("malformed_entry")});
        QCOMPARE(reasons(*parse(R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"1"}]}}]}]})")),
                 QStringList{QStringLiteral("no_phone_number_id")});
        const auto mixed = parse(R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
            "metadata":{"phone_number_id":"106540352242922"},
            "messages":[{"from":"1","timestamp":"1","type":"text","text":{"body":"no id"}},
                        {"from":"2","id":"wamid.ok","timestamp":"1","type":"text","text":{"body":"fine"}}],
            "statuses":[{"id":"wamid.s","status":"teleported","timestamp":"1"}]}}]}]})");
        QCOMPARE(mixed->messages.size(), 1);
        QCOMPARE(mixed->messages[0].phoneNumberId, QStringLiteral("106540352242922"));
        QCOMPARE(reasons(*mixed), (QStringList{QStringLiteral("message_without_sender_or_id"), QStringLiteral("unknown_status")}));
        // The envelope of a good message is itself a delivery with just that message.
        const auto again = parseWebhook(mixed->messages[0].envelope);
        QCOMPARE(again->messages.size(), 1);
        QCOMPARE(again->messages[0].wamid, QStringLiteral("wamid.ok"));
    }

    void sendBodiesHaveMetasShape()
    {
        const QJsonObject text = textMessage(QStringLiteral("16505551234"), QStringLiteral("Hello"), QStringLiteral("c-1"));
        QCOMPARE(text.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(text.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Hello"));
        QCOMPARE(text.value(QStringLiteral("biz_opaque_callback_data")).toString(), QStringLiteral("c-1"));

        const QJsonObject templ = templateMessage(QStringLiteral("1"), QStringLiteral("appointment_reminder"),
                                                  QStringLiteral("es"), {QStringLiteral("martes"), QStringLiteral("9:00")},
                                                  QStringLiteral("c-2"));
        const QJsonObject body = templ.value(QStringLiteral("template")).toObject();
        QCOMPARE(body.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("es"));
        const QJsonArray parameters = body.value(QStringLiteral("components")).toArray().first().toObject().value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("9:00"));

        const QJsonObject buttons = buttonsMessage(QStringLiteral("1"), QStringLiteral("Confirm?"),
                                                   {{QStringLiteral("yes"), QStringLiteral("Yes")}}, QStringLiteral("c-3"));
        QCOMPARE(buttons.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("button"));
        QCOMPARE(markReadRequest(QStringLiteral("wamid.X")).value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        QCOMPARE(sentMessageId(QJsonDocument::fromJson(R"({"messages":[{"id":"wamid.Y"}]})").object()), QStringLiteral("wamid.Y"));
    }

    void metaErrorsMapToClearStates()
    {
        using Kind = SendFailure::Kind;
        const auto map = [](int code, int http = 400) {
            return SendFailure::fromGraphError({http, code, 0, QStringLiteral("OAuthException"), QStringLiteral("m"), {}}).kind;
        };
        QCOMPARE(map(131047), Kind::WindowClosed);
        QCOMPARE(map(130429), Kind::RetryLater);
        QCOMPARE(map(131056), Kind::RetryLater);
        QCOMPARE(map(131026), Kind::Undeliverable);
        QCOMPARE(map(190, 401), Kind::NeedsReauthorisation);
        QCOMPARE(map(100), Kind::Rejected);
        QCOMPARE(map(1, 503), Kind::RetryLater);
        QCOMPARE(SendFailure::fromGraphError({401, 190, 0, {}, {}, {}}).code, QStringLiteral("whatsapp_reauthorisation_needed"));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppWire)
#include "tst_whatsapp_wire.moc"
