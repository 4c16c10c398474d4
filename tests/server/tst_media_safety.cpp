#include "core/whatsapp/media_type.h"
#include "core/whatsapp/webhook_payload.h"
#include "server/whatsapp/graph_client.h"

#include <QJsonArray>
#include <QtTest>

using cb::whatsapp::canonicalMediaType;
using cb::whatsapp::contentMatchesType;

// Security review, finding 5: a declared MIME type became a response header,
// and the Graph token went to whatever URL the media answer named.
class TestMediaSafety : public QObject
{
    Q_OBJECT
private slots:
    void declaredTypesBecomeOurCanonicalNames()
    {
        QCOMPARE(canonicalMediaType(QStringLiteral("image/png;\r\nX-Injected: yes")), QStringLiteral("image/png"));
        QCOMPARE(canonicalMediaType(QStringLiteral(" IMAGE/JPEG ")), QStringLiteral("image/jpeg"));
        QCOMPARE(canonicalMediaType(QStringLiteral("audio/ogg; codecs=opus")), QStringLiteral("audio/ogg"));
        QVERIFY(!canonicalMediaType(QStringLiteral("text/html")));
        QVERIFY(!canonicalMediaType(QStringLiteral("image/svg+xml")));
        QVERIFY(!canonicalMediaType(QStringLiteral("image/png\r\nX-Injected: yes")));
        QVERIFY(!canonicalMediaType(QString()));
    }

    void theWebhookParserPassesOnlyTheCanonicalType()
    {
        const QJsonObject image{{QStringLiteral("id"), QStringLiteral("m1")},
                                {QStringLiteral("mime_type"), QStringLiteral("image/png;\r\nX-Injected: yes")},
                                {QStringLiteral("sha256"), QStringLiteral("abc")}};
        const QJsonObject message{{QStringLiteral("from"), QStringLiteral("15550100001")},
                                  {QStringLiteral("id"), QStringLiteral("wamid.1")},
                                  {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
                                  {QStringLiteral("type"), QStringLiteral("image")},
                                  {QStringLiteral("image"), image}};
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("1")}}},
                                {QStringLiteral("messages"), QJsonArray{message}}};
        const QJsonObject body{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("9")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), value}}}}}}}};
        const auto delivery = cb::whatsapp::parseWebhook(body);
        QVERIFY(delivery);
        QString mime;
        for (const auto &entry : delivery->messages) {
            mime = entry.content.value(QStringLiteral("mime_type")).toString();
        }
        QCOMPARE(mime, QStringLiteral("image/png"));
    }

    void filesMustBeWhatTheySayTheyAre()
    {
        QVERIFY(contentMatchesType(QByteArray("\x89PNG\r\n\x1A\n....", 12), QStringLiteral("image/png")));
        QVERIFY(contentMatchesType(QByteArray("\xFF\xD8\xFF\xE0", 4), QStringLiteral("image/jpeg")));
        QVERIFY(contentMatchesType("%PDF-1.7\n", QStringLiteral("application/pdf")));
        QVERIFY(contentMatchesType(QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16), QStringLiteral("image/webp")));
        QVERIFY(contentMatchesType(QByteArray("\0\0\0\x18" "ftypmp42", 12), QStringLiteral("video/mp4")));
        QVERIFY(contentMatchesType("OggS\0", QStringLiteral("audio/ogg")));
        QVERIFY(contentMatchesType("Hola, gracias", QStringLiteral("text/plain")));
        // An HTML page or a script called a picture, a PDF or text is refused.
        QVERIFY(!contentMatchesType("<html><script>alert(1)</script>", QStringLiteral("image/png")));
        QVERIFY(!contentMatchesType("<html>", QStringLiteral("application/pdf")));
        QVERIFY(!contentMatchesType(QByteArray("MZ\x90\0", 4), QStringLiteral("text/plain")));
        QVERIFY(!contentMatchesType(QByteArray("\xFF\xFE\xFD", 3), QStringLiteral("text/plain")));
        QVERIFY(!contentMatchesType(QByteArray(), QStringLiteral("image/jpeg")));
    }

    void theTokenGoesOnlyToMetasMediaHosts()
    {
        using cb::server::GraphClient;
        QVERIFY(GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"))));
        QVERIFY(GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://scontent.xx.fbsbx.com/v/t1/abc"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("http://lookaside.fbsbx.com/x"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://lookaside.fbsbx.com.evil.example/x"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://evilfbsbx.com/x"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://attacker.example/collect"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://user:pw@lookaside.fbsbx.com/x"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://lookaside.fbsbx.com:8443/x"))));
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("https://10.0.0.5/internal"))));
#ifdef CB_TEST_BUILD
        QVERIFY(GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("http://127.0.0.1:8099/media/1")))); // the sandbox
#else
        QVERIFY(!GraphClient::isMetaMediaUrl(QUrl(QStringLiteral("http://127.0.0.1:8099/media/1"))));
#endif
    }
};

QTEST_GUILESS_MAIN(TestMediaSafety)
#include "tst_media_safety.moc"
