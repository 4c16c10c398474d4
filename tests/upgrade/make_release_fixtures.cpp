// Makes the upgrade fixtures: a server store and a desktop cache as a release
// leaves them, with what tst_upgrade_fixtures expects to find after migrating.
//
//   CB_SERVER_BIN=… CB_SANDBOX_BIN=… make_release_fixtures tests/data/upgrade/<version>
//
// Run it with the release being frozen (the fixtures in tests/data/upgrade were
// made by that release's code, before any later change); never re-run it over an
// existing fixture: its point is to stay what the old release wrote.
#include "client/inbox/inbox_cache.h"
#include "client/session/local_cache.h"
#include "core/crypto/secret_bytes.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <cstdio>

namespace {

using cb::test::ApiClient;

const QString Password = QStringLiteral("violet otter juggles seven lanterns");

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "make_release_fixtures: %s\n", what);
    std::exit(1);
}

void require(bool ok, const char *what)
{
    if (!ok) {
        fail(what);
    }
}

// Polls the nurse's inbox until `count` conversations are there.
QJsonArray waitForConversations(const ApiClient &api, const QString &token, int count)
{
    for (int i = 0; i < 100; ++i) {
        const QJsonArray list = api.get(QStringLiteral("/api/v1/inbox"), token).json().value(QStringLiteral("conversations")).toArray();
        if (list.size() >= count) {
            return list;
        }
        QThread::msleep(100);
    }
    fail("the patients' messages did not arrive");
}

qint64 conversationOf(const QJsonArray &list, const QString &profileName)
{
    for (const QJsonValue &value : list) {
        const QJsonObject conversation = value.toObject();
        if (conversation.value(QStringLiteral("contact")).toObject().value(QStringLiteral("profile_name")).toString() == profileName) {
            return conversation.value(QStringLiteral("id")).toInteger();
        }
    }
    fail("a patient's conversation is missing");
}

QJsonObject makeServerStore(const QString &out)
{
    cb::test::SandboxProcess sandbox;
    require(sandbox.start(), "the sandbox did not start");
    cb::test::ServerProcess server;
    const quint16 portalPort = cb::test::freeLocalPort();
    cb::test::ServerProcess::Options options;
    options.extraConfig = sandbox.serverConfig(server.folder()) + "[portal]\npublic_url = http://127.0.0.1:" +
                          QByteArray::number(portalPort) + "\nport = " + QByteArray::number(portalPort) + "\n";
    server.writeConfig(options);
    require(server.init() == 0, "init failed");
    require(server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password) == 0, "user add nina failed");
    require(server.addUser(QStringLiteral("ada"), QStringLiteral("admin"), Password) == 0, "user add ada failed");
    require(server.start(), "the server did not start");
    require(sandbox.setWebhook(server.baseUrl()), "the sandbox's webhook was not set");
    ApiClient api{server.baseUrl()};
    const QString nurse = api.enrol(QStringLiteral("nina"), Password, server.enrolmentCode(QStringLiteral("nina")))
                              .value(QStringLiteral("token")).toString();
    const QString admin = api.enrol(QStringLiteral("ada"), Password, server.enrolmentCode(QStringLiteral("ada")))
                              .value(QStringLiteral("token")).toString();
    require(!nurse.isEmpty() && !admin.isEmpty(), "sign-in failed");

    require(sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("Can I move my appointment to Friday?")), "say 1");
    require(sandbox.say(QStringLiteral("15550102002"), QStringLiteral("Ana Ruiz"), QStringLiteral("Hola, ¿tienen mis resultados?")), "say 2");
    require(sandbox.sendMedia(QStringLiteral("15550103003"), QStringLiteral("image")), "media");
    const QJsonArray list = waitForConversations(api, nurse, 3);
    const qint64 maria = conversationOf(list, QStringLiteral("Maria Lopez"));
    const qint64 ana = conversationOf(list, QStringLiteral("Ana Ruiz"));
    auto send = [&](qint64 conversation, const QString &clientId, const QString &kind, const QString &text) {
        const auto result = api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                                     {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}},
                                     nurse);
        require(result.status == 202, "a reply was refused");
    };
    send(maria, QStringLiteral("fixture-reply-1"), QStringLiteral("text"), QStringLiteral("Friday at 10 works for us."));
    send(maria, QStringLiteral("fixture-note-1"), QStringLiteral("note"), QStringLiteral("Moved from Tuesday, patient asked."));
    require(api.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(ana), {}, nurse).status == 201, "escalation refused");
    QThread::msleep(500); // the sandbox's delivery receipts and the portal link go out
    server.stop();

    QDir().mkpath(out + QStringLiteral("/server"));
    for (const QString &name : {QStringLiteral("server.db"), QStringLiteral("master.key"), QStringLiteral("audit-anchors.jsonl")}) {
        const QString from = server.dataDir() + QLatin1Char('/') + name;
        if (QFile::exists(from)) {
            require(QFile::copy(from, out + QStringLiteral("/server/") + name), "copy failed");
        }
    }
    require(!QFile::exists(server.dataDir() + QStringLiteral("/server.db-wal")) ||
                QFile(server.dataDir() + QStringLiteral("/server.db-wal")).size() == 0,
            "the server left a WAL behind: stop it cleanly");
    return {{QStringLiteral("staff"), QJsonArray{QStringLiteral("nina"), QStringLiteral("ada")}},
            {QStringLiteral("patients"), QJsonArray{QStringLiteral("Maria Lopez"), QStringLiteral("Ana Ruiz")}},
            {QStringLiteral("texts"), QJsonArray{QStringLiteral("Can I move my appointment to Friday?"),
                                                 QStringLiteral("Hola, ¿tienen mis resultados?"),
                                                 QStringLiteral("Moved from Tuesday, patient asked.")}},
            {QStringLiteral("conversations"), 3}};
}

QJsonObject makeDesktopCache(const QString &out)
{
    QDir().mkpath(out + QStringLiteral("/desktop"));
    const cb::crypto::SecretBytes key = cb::crypto::SecretBytes::random(32);
    {
        auto cache = cb::client::LocalCache::open(out + QStringLiteral("/desktop/cache.db"), key);
        cb::client::InboxCache inbox(cache->database());
        cb::model::Conversation conversation;
        conversation.id = 7;
        conversation.contact.id = 3;
        conversation.contact.waId = QStringLiteral("15550101001");
        conversation.contact.profileName = QStringLiteral("Maria Lopez");
        conversation.contact.language = QStringLiteral("en");
        conversation.unreadCount = 1;
        conversation.preview = QStringLiteral("Can I move my appointment to Friday?");
        conversation.lastMessageAtMs = conversation.lastInboundAtMs = 1'764'900'000'000;
        inbox.upsertConversation(conversation, 41);
        cb::model::Message message;
        message.id = 90;
        message.conversationId = 7;
        message.kind = QStringLiteral("text");
        message.body = QStringLiteral("Can I move my appointment to Friday?");
        message.externalId = QStringLiteral("wamid.fixture");
        message.sentAtMs = conversation.lastMessageAtMs;
        inbox.upsertMessage(message);
        inbox.setLastSeq(41);
        inbox.addToOutbox({QStringLiteral("fixture-outbox-1"), 7,
                           {{QStringLiteral("client_id"), QStringLiteral("fixture-outbox-1")}, {QStringLiteral("kind"), QStringLiteral("text")},
                            {QStringLiteral("text"), QStringLiteral("Written while the server was away.")}},
                           0, QString()},
                          conversation.lastMessageAtMs + 1000);
    }
    QFile keyFile(out + QStringLiteral("/desktop/cache.key"));
    require(keyFile.open(QIODevice::WriteOnly), "cannot write the cache key");
    keyFile.write(QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex());
    return {{QStringLiteral("conversation_id"), 7}, {QStringLiteral("last_seq"), 41},
            {QStringLiteral("outbox_client_id"), QStringLiteral("fixture-outbox-1")},
            {QStringLiteral("text"), QStringLiteral("Can I move my appointment to Friday?")}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        fail("usage: make_release_fixtures OUTPUT_FOLDER");
    }
    const QString out = args.at(1);
    if (QDir(out).exists()) {
        fail("the output folder exists: fixtures are made once, by the release they freeze");
    }
    QJsonObject expected{{QStringLiteral("version"), QStringLiteral(CB_VERSION)},
                         {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    expected.insert(QStringLiteral("server"), makeServerStore(out));
    expected.insert(QStringLiteral("desktop"), makeDesktopCache(out));
    cb::test::writeFile(out + QStringLiteral("/expected.json"), QJsonDocument(expected).toJson());
    std::printf("fixtures written to %s\n", qUtf8Printable(out));
    return 0;
}
