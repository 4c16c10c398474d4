#include "core/policy/permissions.h"
#include "core/store/database.h"
#include "core/whatsapp/webhook_signature.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "server/http/endpoint_catalogue.h"
#include "server/store/server_store.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::errorCode;
using cb::test::EventStreamClient;
using cb::test::SandboxProcess;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

bool isEvent(const QJsonObject &message, const char *kind)
{
    return message.value(QStringLiteral("type")) == QLatin1String("event") &&
           message.value(QStringLiteral("kind")) == QLatin1String(kind);
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QJsonObject payload(const QJsonObject &event)
{
    return event.value(QStringLiteral("payload")).toObject();
}

// What a response must not carry without an audit event: the test patients'
// numbers (all 1555010…), any conversation or message, or media bytes.
bool carriesPatientData(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    return body.contains("1555010") || !json.value(QStringLiteral("conversations")).toArray().isEmpty() ||
           !json.value(QStringLiteral("messages")).toArray().isEmpty() || body.startsWith("\x89PNG") ||
           body.startsWith("%PDF") || body.startsWith("\xff\xd8\xff");
}

struct AuditRow
{
    qint64 seq = 0;
    QString actor;
    QString action;
    QString target;
    QJsonObject detail;
};
} // namespace

// The WhatsApp bridge end to end: the real server, the sandbox posting signed
// webhooks in Meta's format, and a desktop's event stream over a WebSocket.
class TestInboxApi : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QString m_admin;
    QString m_frontDesk;

    // Waits for the message.added event of a patient's text; returns its payload.
    QJsonObject waitForText(EventStreamClient &stream, const QString &text, int timeoutMs = 5000)
    {
        return payload(stream.waitFor(
            [&](const QJsonObject &m) { return isEvent(m, "message.added") && payload(m).value(QStringLiteral("body")) == text; },
            timeoutMs));
    }

    int countTexts(EventStreamClient &stream, const QString &text)
    {
        int count = 0;
        for (const QJsonObject &event : stream.events()) {
            count += isEvent(event, "message.added") && payload(event).value(QStringLiteral("body")) == text;
        }
        return count;
    }

    QJsonObject send(qint64 conversation, const QJsonObject &body, int *status = nullptr)
    {
        const auto result = m_api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), body, m_nurse);
        if (status) {
            *status = result.status;
        }
        return result.json();
    }

    // The final state of an outbound message, as the event stream reports it.
    QString waitForState(EventStreamClient &stream, qint64 messageId, const QString &state, int timeoutMs = 8000)
    {
        const auto event = stream.waitFor(
            [&](const QJsonObject &m) {
                return isEvent(m, "message.changed") && payload(m).value(QStringLiteral("id")).toInteger() == messageId &&
                       payload(m).value(QStringLiteral("state")) == state;
            },
            timeoutMs);
        return payload(event).value(QStringLiteral("failure_code")).toString(event.isEmpty() ? QStringLiteral("<none>") : QString());
    }

    // The audit trail as the running server wrote it, read from its store (WAL lets a second reader in).
    QList<AuditRow> auditAfter(qint64 seq)
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        auto db = cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                            cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
        auto rows = db.prepare("SELECT seq, actor, action, target, detail FROM audit_events WHERE seq > ? ORDER BY seq");
        rows.bind(1, std::int64_t(seq));
        QList<AuditRow> out;
        while (rows.step()) {
            out.append({rows.columnInt64(0), rows.columnText(1), rows.columnText(2), rows.columnText(3),
                        QJsonDocument::fromJson(rows.columnText(4).toUtf8()).object()});
        }
        return out;
    }

    qint64 lastAuditSeq()
    {
        const auto rows = auditAfter(0);
        return rows.isEmpty() ? 0 : rows.last().seq;
    }

    QJsonObject textBody(const QString &clientId, const QString &text)
    {
        return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
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
        QCOMPARE(m_server.addUser(QStringLiteral("fran"), QStringLiteral("front_desk"), Password), 0);
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        m_admin = m_api.enrol(QStringLiteral("ada"), Password, m_server.enrolmentCode(QStringLiteral("ada"))).value(QStringLiteral("token")).toString();
        m_frontDesk = m_api.enrol(QStringLiteral("fran"), Password, m_server.enrolmentCode(QStringLiteral("fran"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty() && !m_admin.isEmpty() && !m_frontDesk.isEmpty());
    }

    void verificationHandshake()
    {
        const QUrl base = m_server.baseUrl();
        auto get = [&](const QString &token) {
            return cb::test::httpGet(base.resolved(QUrl(QStringLiteral("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=1158201444").arg(token))));
        };
        const auto accepted = get(QLatin1String(SandboxProcess::VerifyToken));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.body, QByteArray("1158201444"));
        QCOMPARE(get(QStringLiteral("guess")).status, 403);
    }

    void forgedAndOversizedDeliveriesAreRefused()
    {
        const QUrl webhook = m_server.baseUrl().resolved(QUrl(QStringLiteral("/webhooks/whatsapp")));
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
        QCOMPARE(cb::test::httpPost(webhook, body, {{"X-Hub-Signature-256", cb::whatsapp::signatureHeader("wrong", body)}}).status, 401);
        QCOMPARE(cb::test::httpPost(webhook, body, {}).status, 401); // small enough to be read, and refused unsigned
        // Without Meta's signature header a delivery gets no more room than that (security review 3).
        QCOMPARE(cb::test::httpPost(webhook, QByteArray(8 * 1024, ' '), {}).status, 413);
        QCOMPARE(cb::test::httpPost(webhook, body, {{"X-Hub-Signature-256", cb::whatsapp::signatureHeader(SandboxProcess::AppSecret, body)}}).status, 200);
        const QByteArray huge(5 * 1024 * 1024, ' ');
        QCOMPARE(cb::test::httpPost(webhook, huge, {{"X-Hub-Signature-256", cb::whatsapp::signatureHeader(SandboxProcess::AppSecret, huge)}}).status, 413);

        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.sayForged(QStringLiteral("15550009999"), QStringLiteral("forged hello")));
        QVERIFY(m_sandbox.say(QStringLiteral("15550009998"), QStringLiteral("Real Person"), QStringLiteral("genuine hello")));
        QVERIFY(!waitForText(stream, QStringLiteral("genuine hello")).isEmpty());
        QCOMPARE(countTexts(stream, QStringLiteral("forged hello")), 0);
    }

    void patientMessageReachesTheDesktopAtOnce()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("Can I move my appointment?")));
        const QJsonObject message = waitForText(stream, QStringLiteral("Can I move my appointment?"));
        QVERIFY(!message.isEmpty());
        QVERIFY2(timer.elapsed() < 1000, "a patient's message must reach the desktop well under a second");
        const QJsonObject conversation = message.value(QStringLiteral("conversation")).toObject();
        QCOMPARE(conversation.value(QStringLiteral("contact")).toObject().value(QStringLiteral("profile_name")).toString(), QStringLiteral("Maria Lopez"));
        QCOMPARE(conversation.value(QStringLiteral("unread_count")).toInt(), 1);
    }

    void duplicateBatchedDeliveriesMakeOneThreadEach()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.fault(QStringLiteral("duplicate"), 2));
        QVERIFY(m_sandbox.say(QStringLiteral("15550102001"), QStringLiteral("Dee Plicate"), QStringLiteral("first try")));
        QVERIFY(m_sandbox.say(QStringLiteral("15550102001"), QStringLiteral("Dee Plicate"), QStringLiteral("second try")));
        QVERIFY(!waitForText(stream, QStringLiteral("second try")).isEmpty());
        QTest::qWait(300); // let the duplicate deliveries arrive too
        QCOMPARE(countTexts(stream, QStringLiteral("first try")), 1);
        QCOMPARE(countTexts(stream, QStringLiteral("second try")), 1);

        // Three patients in one POST (three entries): all processed, not just the first.
        QVERIFY(m_sandbox.fault(QStringLiteral("batch"), 1));
        QVERIFY(m_sandbox.say(QStringLiteral("15550103001"), QStringLiteral("A"), QStringLiteral("batch one")));
        QVERIFY(m_sandbox.say(QStringLiteral("15550103002"), QStringLiteral("B"), QStringLiteral("batch two")));
        QVERIFY(m_sandbox.say(QStringLiteral("15550103001"), QStringLiteral("A"), QStringLiteral("batch three")));
        const qint64 first = waitForText(stream, QStringLiteral("batch one")).value(QStringLiteral("conversation_id")).toInteger();
        const qint64 third = waitForText(stream, QStringLiteral("batch three")).value(QStringLiteral("conversation_id")).toInteger();
        const qint64 second = waitForText(stream, QStringLiteral("batch two")).value(QStringLiteral("conversation_id")).toInteger();
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(third, first); // same patient, same conversation, even inside one delivery
        QVERIFY(second != first);
    }

    void replyIsSentAndTicksComeBackInOrder()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550104001"), QStringLiteral("Tick Tester"), QStringLiteral("hello clinic")));
        const qint64 conversation = waitForText(stream, QStringLiteral("hello clinic")).value(QStringLiteral("conversation_id")).toInteger();

        QVERIFY(m_sandbox.fault(QStringLiteral("out_of_order"), 1));
        int status = 0;
        const QJsonObject queued = send(conversation, textBody(QStringLiteral("reply-1"), QStringLiteral("Tuesday at 10 works.")), &status);
        QCOMPARE(status, 202);
        const qint64 id = queued.value(QStringLiteral("id")).toInteger();
        // The first reply carries the clinic's notice about WhatsApp.
        QVERIFY(queued.value(QStringLiteral("body")).toString().contains(QStringLiteral("secure portal")));
        QCOMPARE(waitForState(stream, id, QStringLiteral("read")), QString());
        QTest::qWait(300); // the late "delivered" and "sent" webhooks must not move it back
        const auto messages = m_api.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), m_nurse).json();
        QCOMPARE(messages.value(QStringLiteral("messages")).toArray().last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("read"));

        // A retry with the same client id is the same message; nothing is sent twice.
        const QJsonObject retried = send(conversation, textBody(QStringLiteral("reply-1"), QStringLiteral("Tuesday at 10 works.")), &status);
        QCOMPARE(status, 200);
        QCOMPARE(retried.value(QStringLiteral("id")).toInteger(), id);
        int copies = 0;
        for (const QJsonValue &sent : m_sandbox.sent()) {
            copies += sent.toObject().value(QStringLiteral("biz_opaque_callback_data")) == QLatin1String("reply-1");
        }
        QCOMPARE(copies, 1);

        // Opening the conversation marks it read, on WhatsApp too.
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation), {}, m_nurse).status, 200);
        QTRY_VERIFY(!m_sandbox.readReceipts().isEmpty());
    }

    // Issue 21: replying claims a conversation nobody holds; a note does not, the
    // triage queue keeps its own, and a holder is never displaced.
    void aReplyMakesAnUnheldConversationTheRepliers()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        const auto conversationSaying = [&](const QString &waId, const QString &text) {
            if (!m_sandbox.say(waId, QStringLiteral("Claim Tester"), text)) {
                return qint64(0);
            }
            return waitForText(stream, text).value(QStringLiteral("conversation_id")).toInteger();
        };
        const auto holder = [&](qint64 conversation) {
            for (const QJsonValue &each : m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray()) {
                if (each.toObject().value(QStringLiteral("id")).toInteger() == conversation) {
                    return each.toObject().value(QStringLiteral("assignee_id")).toInteger(-1);
                }
            }
            return qint64(-1);
        };
        const auto note = [&](qint64 conversation, const QString &clientId) {
            int status = 0;
            send(conversation, {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("note")},
                                {QStringLiteral("text"), QStringLiteral("Call back after lunch")}}, &status);
            return status;
        };
        const qint64 open = conversationSaying(QStringLiteral("15550104101"), QStringLiteral("who can help me"));
        QVERIFY(open > 0);
        QCOMPARE(holder(open), 0);
        QCOMPARE(note(open, QStringLiteral("claim-note")), 202);
        QCOMPARE(holder(open), 0);
        int status = 0;
        send(open, textBody(QStringLiteral("claim-1"), QStringLiteral("I can, one moment.")), &status);
        QCOMPARE(status, 202);
        const qint64 nurseId = holder(open);
        QVERIFY(nurseId > 0);
        // Every desktop hears of it, and the audit says why.
        QVERIFY(!stream.waitFor([&](const QJsonObject &m) {
                          return isEvent(m, "conversation.changed") && payload(m).value(QStringLiteral("id")).toInteger() == open &&
                                 payload(m).value(QStringLiteral("assignee_id")).toInteger() == nurseId;
                      }, 5000).isEmpty());
        bool audited = false;
        for (const AuditRow &row : auditAfter(0)) {
            audited |= row.action == QLatin1String("conversation.assign") && row.target == QStringLiteral("conversation:%1").arg(open) &&
                       row.detail.value(QStringLiteral("by")) == QLatin1String("reply");
        }
        QVERIFY(audited);

        // In the triage queue it stays there until someone takes it.
        const qint64 queued = conversationSaying(QStringLiteral("15550104102"), QStringLiteral("my child has a fever"));
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/conversations/%1/assign").arg(queued),
                            {{QStringLiteral("assignee_id"), 0}, {QStringLiteral("triage"), true}}, m_nurse).status, 200);
        send(queued, textBody(QStringLiteral("claim-2"), QStringLiteral("A nurse will call you shortly.")), &status);
        QCOMPARE(status, 202);
        QCOMPARE(holder(queued), 0);
    }

    // Issue 21: canned replies are the clinic's, written by admins, read by every
    // role, and never hold what PhiGuard would stop.
    void cannedRepliesAreWrittenByAdminsAndNeverCarryPhi()
    {
        const QString path = QStringLiteral("/api/v1/canned-replies");
        const QJsonObject hours{{QStringLiteral("title"), QStringLiteral("hours")}, {QStringLiteral("language"), QStringLiteral("en")},
                                {QStringLiteral("body"), QStringLiteral("We are open Monday to Friday, 8:00 to 17:00.")}};
        QCOMPARE(m_api.post(path, hours, m_nurse).status, 403);
        const auto saved = m_api.post(path, hours, m_admin);
        QCOMPARE(saved.status, 201);
        const qint64 id = saved.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        // The same title in the same language is refused; in Spanish it is another reply.
        QCOMPARE(m_api.post(path, hours, m_admin).status, 409);
        QJsonObject horario = hours;
        horario.insert(QStringLiteral("language"), QStringLiteral("es"));
        horario.insert(QStringLiteral("body"), QStringLiteral("Abrimos de lunes a viernes, de 8:00 a 17:00."));
        QCOMPARE(m_api.post(path, horario, m_admin).status, 201);
        // Bad input gets a clear refusal and changes nothing.
        for (const auto &[field, value] : {std::pair{QStringLiteral("language"), QJsonValue(QStringLiteral("fr"))},
                                           std::pair{QStringLiteral("title"), QJsonValue(QString(41, QLatin1Char('t')))},
                                           std::pair{QStringLiteral("title"), QJsonValue(QStringLiteral("two\nlines"))},
                                           std::pair{QStringLiteral("body"), QJsonValue(QString(1025, QLatin1Char('b')))},
                                           std::pair{QStringLiteral("body"), QJsonValue(QStringLiteral("   "))}}) {
            QJsonObject bad = hours;
            bad.insert(QStringLiteral("title"), QStringLiteral("other"));
            bad.insert(field, value);
            QCOMPARE(m_api.post(path, bad, m_admin).status, 400);
        }
        QJsonObject clinical = hours;
        clinical.insert(QStringLiteral("title"), QStringLiteral("results"));
        clinical.insert(QStringLiteral("body"), QStringLiteral("Your A1C was 8.2, take metformin 500 mg"));
        const auto refused = m_api.post(path, clinical, m_admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("phi_refused"));

        // Every role reads them, ordered by title.
        const QJsonArray listed = m_api.get(path, m_nurse).json().value(QStringLiteral("canned_replies")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("language")).toString(), QStringLiteral("en"));

        // Edited and deleted by an admin, audited without the text.
        QJsonObject edited = hours;
        edited.insert(QStringLiteral("id"), id);
        edited.insert(QStringLiteral("body"), QStringLiteral("We are open Monday to Saturday, 8:00 to 17:00."));
        QCOMPARE(m_api.post(path, edited, m_admin).json().value(QStringLiteral("body")).toString(), edited.value(QStringLiteral("body")).toString());
        QCOMPARE(m_api.post(path + QStringLiteral("/%1/delete").arg(id), {}, m_nurse).status, 403);
        QCOMPARE(m_api.post(path + QStringLiteral("/%1/delete").arg(id), {}, m_admin).status, 200);
        QCOMPARE(m_api.post(path + QStringLiteral("/%1/delete").arg(id), {}, m_admin).status, 404);
        QCOMPARE(m_api.get(path, m_admin).json().value(QStringLiteral("canned_replies")).toArray().size(), 1);
        int audited = 0;
        for (const AuditRow &row : auditAfter(0)) {
            if (row.action.startsWith(QLatin1String("canned_reply."))) {
                ++audited;
                QVERIFY(!QJsonDocument(row.detail).toJson().contains("Monday"));
            }
        }
        QCOMPARE(audited, 4); // two saved, one edited, one deleted
    }

    void phiIsRefusedOnWhatsApp()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550105001"), QStringLiteral("Phi Tester"), QStringLiteral("what were my labs?")));
        const qint64 conversation = waitForText(stream, QStringLiteral("what were my labs?")).value(QStringLiteral("conversation_id")).toInteger();
        const int before = int(m_sandbox.sent().size());
        int status = 0;
        const QJsonObject refused = send(conversation, textBody(QStringLiteral("phi-1"), QStringLiteral("Your A1C was 8.2, take metformin 500 mg")), &status);
        QCOMPARE(status, 422);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("phi_refused"));
        QVERIFY(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("rules")).toArray().contains(QStringLiteral("medication")));
        QTest::qWait(200);
        QCOMPARE(int(m_sandbox.sent().size()), before);
        // A note with the same words stays inside Carebridge and is allowed.
        QCOMPARE((send(conversation, {{QStringLiteral("client_id"), QStringLiteral("note-1")}, {QStringLiteral("kind"), QStringLiteral("note")},
                                      {QStringLiteral("text"), QStringLiteral("A1C 8.2 per chart, escalate")}}, &status), status), 202);
    }

    void metasErrorsBecomeClearStates()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550106001"), QStringLiteral("Err Tester"), QStringLiteral("errors please")));
        const qint64 conversation = waitForText(stream, QStringLiteral("errors please")).value(QStringLiteral("conversation_id")).toInteger();

        QVERIFY(m_sandbox.fault(QStringLiteral("window_closed")));
        const qint64 closed = send(conversation, textBody(QStringLiteral("err-1"), QStringLiteral("See you soon"))).value(QStringLiteral("id")).toInteger();
        QCOMPARE(waitForState(stream, closed, QStringLiteral("failed")), QStringLiteral("window_closed"));

        QVERIFY(m_sandbox.fault(QStringLiteral("undeliverable")));
        const qint64 undeliverable = send(conversation, textBody(QStringLiteral("err-2"), QStringLiteral("Hello again"))).value(QStringLiteral("id")).toInteger();
        QCOMPARE(waitForState(stream, undeliverable, QStringLiteral("failed")), QStringLiteral("undeliverable"));

        // A rate limit backs off and then goes through.
        QVERIFY(m_sandbox.fault(QStringLiteral("rate_limit")));
        const qint64 limited = send(conversation, textBody(QStringLiteral("err-3"), QStringLiteral("Thanks!"))).value(QStringLiteral("id")).toInteger();
        QCOMPARE(waitForState(stream, limited, QStringLiteral("delivered"), 10000), QString());

        // An expired token is never shown as sent, and admins hear about it.
        EventStreamClient adminStream;
        QVERIFY(adminStream.open(m_server.baseUrl(), m_admin, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.fault(QStringLiteral("expired_token")));
        const qint64 expired = send(conversation, textBody(QStringLiteral("err-4"), QStringLiteral("One more thing"))).value(QStringLiteral("id")).toInteger();
        QCOMPARE(waitForState(stream, expired, QStringLiteral("failed")), QStringLiteral("whatsapp_reauthorisation_needed"));
        const auto alert = adminStream.waitFor([](const QJsonObject &m) { return isEvent(m, "whatsapp.connection"); });
        QCOMPARE(payload(alert).value(QStringLiteral("status")).toString(), QStringLiteral("needs_reauthorisation"));
        // …and the admin's stream carries no patient messages (least privilege).
        for (const QJsonObject &event : adminStream.events()) {
            QVERIFY(!isEvent(event, "message.added") && !isEvent(event, "message.changed"));
        }
    }

    void buttonRepliesGoOutInMetasFormat()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550107001"), QStringLiteral("Button Tester"), QStringLiteral("can I move my visit?")));
        const qint64 conversation = waitForText(stream, QStringLiteral("can I move my visit?")).value(QStringLiteral("conversation_id")).toInteger();
        auto buttons = [](const QString &clientId, const QString &text, const QStringList &titles) {
            return QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("buttons")},
                               {QStringLiteral("text"), text}, {QStringLiteral("buttons"), QJsonArray::fromStringList(titles)}};
        };
        int status = 0;
        // Meta's limits are checked before anything is queued.
        QCOMPARE(codeOf(send(conversation, buttons(QStringLiteral("btn-0"), QStringLiteral("Pick one"),
                                                      {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}), &status)),
                 QStringLiteral("invalid_buttons"));
        QCOMPARE(status, 400);
        QCOMPARE(codeOf(send(conversation, buttons(QStringLiteral("btn-0"), QStringLiteral("Pick one"),
                                                      {QStringLiteral("This title is far too long")}))),
                 QStringLiteral("invalid_buttons"));
        QCOMPARE(codeOf(send(conversation, buttons(QStringLiteral("btn-0"), QStringLiteral("Pick one"), {QStringLiteral("Same"), QStringLiteral("Same")}))),
                 QStringLiteral("invalid_buttons"));
        // PhiGuard reads the button titles too.
        QCOMPARE(codeOf(send(conversation, buttons(QStringLiteral("btn-0"), QStringLiteral("Which one?"), {QStringLiteral("metformin 500 mg")}))),
                 QStringLiteral("phi_refused"));

        const QJsonObject queued = send(conversation, buttons(QStringLiteral("btn-1"), QStringLiteral("Would Thursday at 9 suit you?"),
                                                              {QStringLiteral("Yes"), QStringLiteral("Another day")}), &status);
        QCOMPARE(status, 202);
        QCOMPARE(waitForState(stream, queued.value(QStringLiteral("id")).toInteger(), QStringLiteral("delivered")), QString());
        QJsonObject sent;
        for (const QJsonValue &value : m_sandbox.sent()) {
            if (value.toObject().value(QStringLiteral("biz_opaque_callback_data")) == QLatin1String("btn-1")) {
                sent = value.toObject();
            }
        }
        QCOMPARE(sent.value(QStringLiteral("type")).toString(), QStringLiteral("interactive"));
        const QJsonObject interactive = sent.value(QStringLiteral("interactive")).toObject();
        QCOMPARE(interactive.value(QStringLiteral("type")).toString(), QStringLiteral("button"));
        const QJsonArray sentButtons = interactive.value(QStringLiteral("action")).toObject().value(QStringLiteral("buttons")).toArray();
        QCOMPARE(sentButtons.size(), 2);
        QCOMPARE(sentButtons[1].toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Another day"));
        QVERIFY(interactive.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Would Thursday")));
    }

    void snoozedConversationsReopenOnTime()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550108001"), QStringLiteral("Snooze Tester"), QStringLiteral("call me next week")));
        const qint64 conversation = waitForText(stream, QStringLiteral("call me next week")).value(QStringLiteral("conversation_id")).toInteger();
        const QString path = QStringLiteral("/api/v1/conversations/%1/status").arg(conversation);
        // A snooze needs a time in the future.
        const auto past = m_api.post(path, {{QStringLiteral("status"), QStringLiteral("snoozed")}, {QStringLiteral("snoozed_until_ms"), 1000}}, m_nurse);
        QCOMPARE(past.status, 400);

        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1500;
        const auto snoozed = m_api.post(path, {{QStringLiteral("status"), QStringLiteral("snoozed")}, {QStringLiteral("snoozed_until_ms"), until}}, m_nurse);
        QCOMPARE(snoozed.status, 200);
        QCOMPARE(snoozed.json().value(QStringLiteral("status")).toString(), QStringLiteral("snoozed"));
        // The server itself wakes it, and every desktop hears.
        const auto reopened = stream.waitFor(
            [&](const QJsonObject &m) {
                return isEvent(m, "conversation.changed") && payload(m).value(QStringLiteral("id")).toInteger() == conversation &&
                       payload(m).value(QStringLiteral("status")) == QLatin1String("open");
            },
            6000);
        QVERIFY2(!reopened.isEmpty(), "the snoozed conversation did not reopen");
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= until);
        QCOMPARE(payload(reopened).value(QStringLiteral("snoozed_until_ms")).toInteger(), 0);
    }

    void stopOptsOutAndBlocksReplies()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("5215512340009"), QStringLiteral("Rosa"), QStringLiteral("BAJA")));
        const QJsonObject message = waitForText(stream, QStringLiteral("BAJA"));
        QVERIFY(message.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("opted_out")).toBool());
        int status = 0;
        const QJsonObject refused = send(message.value(QStringLiteral("conversation_id")).toInteger(), textBody(QStringLiteral("stop-1"), QStringLiteral("Ok")), &status);
        QCOMPARE(status, 409);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("contact_opted_out"));
    }

    void mediaIsFetchedCheckedAndServed()
    {
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.sendMedia(QStringLiteral("15550107001"), QStringLiteral("image")));
        // The list's preview carries the message's kind, for the desktop to word
        // in its reader's language (the text alone is the server's "[image]").
        const auto added = stream.waitFor([](const QJsonObject &m) {
            return isEvent(m, "message.added") && payload(m).value(QStringLiteral("kind")) == QLatin1String("image");
        });
        QCOMPARE(payload(added).value(QStringLiteral("conversation")).toObject().value(QStringLiteral("preview_kind")).toString(),
                 QStringLiteral("image"));
        const auto stored = stream.waitFor([](const QJsonObject &m) {
            return isEvent(m, "message.changed") &&
                   payload(m).value(QStringLiteral("content")).toObject().value(QStringLiteral("media_state")) == QLatin1String("stored");
        });
        QVERIFY(!stored.isEmpty());
        const auto media = m_api.get(QStringLiteral("/api/v1/messages/%1/media").arg(payload(stored).value(QStringLiteral("id")).toInteger()), m_nurse);
        QCOMPARE(media.status, 200);
        QVERIFY(media.body.startsWith("\x89PNG"));
        QCOMPARE(media.header("Content-Type"), QByteArray("image/png"));
    }

    void everyReadOfPatientDataIsAudited()
    {
        // Finding 3: the newest page of messages (?before=<max>), the inbox
        // snapshot and stream subscriptions were read without an audit event.
        // Walk every GET in the catalogue, with every kind of page, as a role
        // allowed to call it; any answer that carries patient data must leave an
        // event naming the caller and the page.
        const QJsonObject me = m_api.get(QStringLiteral("/api/v1/me"), m_nurse).json();
        const QString nurseActor = QStringLiteral("staff:%1").arg(me.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger());
        const QString adminActor = QStringLiteral("staff:%1").arg(m_api.get(QStringLiteral("/api/v1/me"), m_admin).json()
                                                                      .value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger());
        const QJsonArray conversations = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray();
        QVERIFY(!conversations.isEmpty());
        qint64 conversation = 0;
        qint64 mediaMessage = 0;
        for (const auto &value : conversations) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            for (const auto &message : m_api.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(id), m_nurse)
                                           .json().value(QStringLiteral("messages")).toArray()) {
                const QJsonObject content = message.toObject().value(QStringLiteral("content")).toObject();
                if (content.value(QStringLiteral("media_state")) == QLatin1String("stored")) {
                    mediaMessage = message.toObject().value(QStringLiteral("id")).toInteger();
                    conversation = id;
                }
            }
        }
        QVERIFY2(mediaMessage > 0, "the media test runs first and leaves a stored image");

        int withPatientData = 0;
        for (const auto &endpoint : cb::server::endpointCatalogue()) {
            if (endpoint.method != cb::server::http::Method::Get || !endpoint.permission) {
                continue;
            }
            const bool nurseMay = cb::policy::roleAllows(cb::policy::Role::Nurse, *endpoint.permission);
            const QString token = nurseMay ? m_nurse : m_admin;
            QString path = QString::fromLatin1(endpoint.path);
            path.replace(QStringLiteral("<arg>"), QString::number(QByteArray(endpoint.id) == "messages.media" ? mediaMessage : conversation));
            QStringList variants{path};
            if (QByteArray(endpoint.id) == "conversations.messages") {
                variants << path + QStringLiteral("?before=9223372036854775807") << path + QStringLiteral("?before=%1").arg(mediaMessage + 1);
            } else if (QByteArray(endpoint.id) == "inbox.snapshot") {
                variants << path + QStringLiteral("?offset=0") << path + QStringLiteral("?offset=1");
            }
            for (const QString &variant : variants) {
                const qint64 before = lastAuditSeq();
                const auto reply = m_api.get(variant, token);
                if (reply.status != 200 || !carriesPatientData(reply.body)) {
                    continue;
                }
                ++withPatientData;
                const auto rows = auditAfter(before);
                // The event names the caller and what was read.
                const QString expectedTarget = QByteArray(endpoint.id) == "messages.media"
                                                   ? QStringLiteral("message:%1").arg(mediaMessage)
                                               : QByteArray(endpoint.id) == "inbox.snapshot"
                                                   ? QStringLiteral("inbox")
                                                   : QStringLiteral("conversation:%1").arg(conversation);
                const bool audited = std::any_of(rows.begin(), rows.end(), [&](const AuditRow &row) {
                    return row.actor == (nurseMay ? nurseActor : adminActor) && row.target == expectedTarget &&
                           (row.action.endsWith(QLatin1String(".view")) || row.action == QLatin1String("inbox.snapshot"));
                });
                QVERIFY2(audited, qPrintable(QStringLiteral("%1 read patient data without an audit event").arg(variant)));
            }
        }
        QVERIFY2(withPatientData >= 7, qPrintable(QString::number(withPatientData))); // 3 snapshot + 3 message pages + media

        // Pages are named: which messages, which snapshot page.
        const qint64 mark = lastAuditSeq();
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/conversations/%1/messages?before=9223372036854775807").arg(conversation), m_nurse).status, 200);
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/inbox?offset=0"), m_nurse).status, 200);
        const auto rows = auditAfter(mark);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].action, QStringLiteral("conversation.view"));
        QVERIFY(rows[0].detail.contains(QStringLiteral("before")));
        QVERIFY(rows[0].detail.value(QStringLiteral("count")).toInt() > 0);
        QCOMPARE(rows[1].action, QStringLiteral("inbox.snapshot"));
        QCOMPARE(rows[1].detail.value(QStringLiteral("offset")).toInt(), 0);
        QVERIFY(rows[1].detail.value(QStringLiteral("conversations")).toArray().contains(conversation));

        // The stream: subscribing from 0 hands back every stored body, so its `after` is audited.
        const qint64 beforeStream = lastAuditSeq();
        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId), 0));
        const auto streamRows = auditAfter(beforeStream);
        QVERIFY(std::any_of(streamRows.begin(), streamRows.end(), [&](const AuditRow &row) {
            return row.action == QLatin1String("stream.subscribe") && row.actor == nurseActor &&
                   row.detail.contains(QStringLiteral("after")) && row.detail.value(QStringLiteral("after")).toInteger() == 0;
        }));
    }

    // The collision warning's relay: a burst from one desktop reaches the others
    // at most once per gap, ending on its last word; only readers hear it, never
    // the one who said it; a desktop that floods is cut off (and has left).
    void presenceIsRelayedBoundedAndOnlyToReaders()
    {
        EventStreamClient nurse;
        QVERIFY(nurse.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550108101"), QStringLiteral("Presence"), QStringLiteral("anyone there?")));
        const qint64 conversation = waitForText(nurse, QStringLiteral("anyone there?")).value(QStringLiteral("conversation_id")).toInteger();
        QVERIFY(conversation > 0);
        EventStreamClient frontDesk;
        QVERIFY(frontDesk.open(m_server.baseUrl(), m_frontDesk, QLatin1String(ApiClient::DeviceId)));
        EventStreamClient admin;
        QVERIFY(admin.open(m_server.baseUrl(), m_admin, QLatin1String(ApiClient::DeviceId)));
        const auto presences = [](const EventStreamClient &stream) {
            QList<QJsonObject> found;
            for (const QJsonObject &m : stream.received()) {
                if (m.value(QStringLiteral("type")) == QLatin1String("presence")) {
                    found.append(m);
                }
            }
            return found;
        };

        QElapsedTimer burst;
        burst.start();
        for (int i = 0; i < 16; ++i) { // within the edge's burst of 20; the last says "viewing"
            nurse.socket().sendTextMessage(QStringLiteral("{\"type\":\"presence\",\"conversation\":%1,\"state\":\"%2\"}")
                                               .arg(conversation).arg(i % 2 == 0 ? QStringLiteral("typing") : QStringLiteral("viewing")));
        }
        nurse.socket().flush();
        QTest::qWait(1000);
        const QList<QJsonObject> heard = presences(frontDesk);
        QVERIFY(!heard.isEmpty());
        QVERIFY2(heard.size() <= burst.elapsed() / 250 + 2, qPrintable(QString::number(heard.size())));
        QCOMPARE(heard.last().value(QStringLiteral("state")).toString(), QStringLiteral("viewing"));
        QCOMPARE(heard.last().value(QStringLiteral("conversation")).toInteger(), conversation);
        QVERIFY(presences(admin).isEmpty()); // admins do not read conversations
        QVERIFY(presences(nurse).isEmpty()); // nobody is warned about themselves
        QVERIFY(nurse.isOpen());

        for (int i = 0; i < 100; ++i) {
            nurse.socket().sendTextMessage(QStringLiteral("{\"type\":\"presence\",\"conversation\":%1,\"state\":\"typing\"}").arg(conversation));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!nurse.isOpen(), 5000);
        QVERIFY(!frontDesk.waitFor([](const QJsonObject &m) { return m.value(QStringLiteral("state")) == QLatin1String("left"); }).isEmpty());
    }

    // @mentions: a note names a colleague who reads conversations; only they are
    // told, their snapshot lists it until they open the conversation, and a
    // mention the note does not write, or of someone who cannot read it, is refused.
    void notesMentionColleaguesWhoAloneAreTold()
    {
        const QJsonObject franMe = m_api.get(QStringLiteral("/api/v1/me"), m_frontDesk).json().value(QStringLiteral("user")).toObject();
        const qint64 fran = franMe.value(QStringLiteral("id")).toInteger();
        const QString franName = franMe.value(QStringLiteral("display_name")).toString();
        const qint64 ada = m_api.get(QStringLiteral("/api/v1/me"), m_admin).json().value(QStringLiteral("user")).toObject()
                               .value(QStringLiteral("id")).toInteger();
        QVERIFY(fran > 0 && ada > 0 && !franName.isEmpty());
        EventStreamClient nurse, frontDesk, admin;
        QVERIFY(nurse.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(frontDesk.open(m_server.baseUrl(), m_frontDesk, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(admin.open(m_server.baseUrl(), m_admin, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550108201"), QStringLiteral("Mention"), QStringLiteral("who can help me?")));
        const qint64 conversation = waitForText(nurse, QStringLiteral("who can help me?")).value(QStringLiteral("conversation_id")).toInteger();
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
        const auto note = [](const QString &clientId, const QString &text, const QJsonArray &mentions) {
            return QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("note")},
                               {QStringLiteral("text"), text}, {QStringLiteral("mentions"), mentions}};
        };

        // Refused, and nothing stored: not written in the note, someone who does not read threads, too many.
        const cb::test::HttpResult unwritten = m_api.post(path, note(QStringLiteral("m-0"), QStringLiteral("please call back"), {fran}), m_nurse);
        QCOMPARE(unwritten.status, 400);
        QCOMPARE(cb::test::errorCode(unwritten), QStringLiteral("invalid_field"));
        QCOMPARE(m_api.post(path, note(QStringLiteral("m-1"), QStringLiteral("@ada see this"), {ada}), m_nurse).status, 400);
        QJsonArray many;
        for (int i = 0; i < 11; ++i) {
            many.append(fran);
        }
        QCOMPARE(m_api.post(path, note(QStringLiteral("m-2"), QLatin1Char('@') + franName, many), m_nurse).status, 400);
        QCOMPARE(m_api.get(path, m_nurse).json().value(QStringLiteral("messages")).toArray().size(), 1);

        const cb::test::HttpResult sent = m_api.post(path, note(QStringLiteral("m-3"), QLatin1Char('@') + franName + QStringLiteral(" can you call her?"), {fran}), m_nurse);
        QCOMPARE(sent.status, 202);
        const qint64 noteId = sent.json().value(QStringLiteral("id")).toInteger();
        const QJsonObject told = frontDesk.waitFor([](const QJsonObject &m) { return isEvent(m, "mention.added"); });
        QCOMPARE(payload(told).value(QStringLiteral("message_id")).toInteger(), noteId);
        QCOMPARE(payload(told).value(QStringLiteral("conversation_id")).toInteger(), conversation);
        QTest::qWait(300);
        for (const EventStreamClient *other : {&nurse, &admin}) {
            for (const QJsonObject &m : other->events()) {
                QVERIFY(!isEvent(m, "mention.added"));
            }
        }
        const auto mentionsOfFran = [&] { return m_api.get(QStringLiteral("/api/v1/inbox"), m_frontDesk).json().value(QStringLiteral("mentions")).toArray(); };
        QCOMPARE(mentionsOfFran().size(), 1);
        QCOMPARE(mentionsOfFran().first().toObject().value(QStringLiteral("seen")).toBool(), false);
        QVERIFY(m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("mentions")).toArray().isEmpty());
        // The note's audit event names who was mentioned.
        bool audited = false;
        for (const AuditRow &row : auditAfter(0)) {
            audited = audited || (row.action == QLatin1String("note.add") && row.detail.value(QStringLiteral("mentions")).toArray() == QJsonArray{fran});
        }
        QVERIFY(audited);

        // Fran opens it: seen, on every workstation of hers.
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/conversations/%1/mentions/seen").arg(conversation), {}, m_frontDesk).status, 200);
        QVERIFY(!frontDesk.waitFor([](const QJsonObject &m) { return isEvent(m, "mention.seen"); }).isEmpty());
        QCOMPARE(mentionsOfFran().first().toObject().value(QStringLiteral("seen")).toBool(), true);
    }

    // Issue 22: search reaches everything on the server (words, names, numbers
    // however typed), newest match first and paged; never a retracted message;
    // bad input is a clear 400; only readers may search; each search is audited
    // with its kind and what it showed, never its words.
    void searchReachesEverythingOnTheServerAndIsAudited()
    {
        EventStreamClient nurse;
        QVERIFY(nurse.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550108301"), QStringLiteral("Quinn Rare"), QStringLiteral("Is the zebrafinch clinic open?")));
        const qint64 quinn = waitForText(nurse, QStringLiteral("Is the zebrafinch clinic open?")).value(QStringLiteral("conversation_id")).toInteger();
        QVERIFY(m_sandbox.say(QStringLiteral("15550108302"), QStringLiteral("Sam Common"), QStringLiteral("Zebrafinch hours, please")));
        const qint64 sam = waitForText(nurse, QStringLiteral("Zebrafinch hours, please")).value(QStringLiteral("conversation_id")).toInteger();
        const auto search = [this](const QJsonObject &body, const QString &token) { return m_api.post(QStringLiteral("/api/v1/search"), body, token); };
        const auto ids = [](const cb::test::HttpResult &result) {
            QList<qint64> list;
            for (const QJsonValue &found : result.json().value(QStringLiteral("results")).toArray()) {
                list << found.toObject().value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toInteger();
            }
            return list;
        };

        // A word's start, any case: newest match first, with the message that matched.
        const cb::test::HttpResult words = search({{QStringLiteral("query"), QStringLiteral("ZEBRAFIN")}}, m_nurse);
        QCOMPARE(words.status, 200);
        QCOMPARE(words.json().value(QStringLiteral("kind")).toString(), QStringLiteral("words"));
        QCOMPARE(ids(words), (QList<qint64>{sam, quinn}));
        QCOMPARE(words.json().value(QStringLiteral("results")).toArray().at(1).toObject().value(QStringLiteral("match")).toObject()
                     .value(QStringLiteral("body")).toString(),
                 QStringLiteral("Is the zebrafinch clinic open?"));
        // A name; a number however it is typed.
        QCOMPARE(ids(search({{QStringLiteral("query"), QStringLiteral("quinn")}}, m_nurse)), QList<qint64>{quinn});
        for (const QString &typed : {QStringLiteral("(555) 010-8301"), QStringLiteral("+1 555 010 8301"), QStringLiteral("5550108301"), QStringLiteral("8301")}) {
            const cb::test::HttpResult number = search({{QStringLiteral("query"), typed}}, m_nurse);
            QCOMPARE(number.json().value(QStringLiteral("kind")).toString(), QStringLiteral("number"));
            QCOMPARE(ids(number), QList<qint64>{quinn});
            QCOMPARE(number.json().value(QStringLiteral("next")).toInteger(), 0);
        }
        // Paged: one at a time, then the end.
        const cb::test::HttpResult first = search({{QStringLiteral("query"), QStringLiteral("zebrafinch")}, {QStringLiteral("limit"), 1}}, m_nurse);
        QCOMPARE(ids(first), QList<qint64>{sam});
        const qint64 next = first.json().value(QStringLiteral("next")).toInteger();
        QVERIFY(next > 0);
        const cb::test::HttpResult second =
            search({{QStringLiteral("query"), QStringLiteral("zebrafinch")}, {QStringLiteral("limit"), 1}, {QStringLiteral("after"), next}}, m_nurse);
        QCOMPARE(ids(second), QList<qint64>{quinn});
        const qint64 last = second.json().value(QStringLiteral("next")).toInteger();
        QVERIFY(last == 0 || ids(search({{QStringLiteral("query"), QStringLiteral("zebrafinch")}, {QStringLiteral("after"), last}}, m_nurse)).isEmpty());

        // A retracted reply is never found again.
        QCOMPARE(send(quinn, textBody(QStringLiteral("search-1"), QStringLiteral("Yes, the quetzal wing opens at nine"))).isEmpty(), false);
        QCOMPARE(ids(search({{QStringLiteral("query"), QStringLiteral("quetzal")}}, m_nurse)), QList<qint64>{quinn});
        const qint64 reply = search({{QStringLiteral("query"), QStringLiteral("quetzal")}}, m_nurse).json().value(QStringLiteral("results")).toArray()
                                 .first().toObject().value(QStringLiteral("match")).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/messages/%1/retract").arg(reply), {{QStringLiteral("reason"), QStringLiteral("wrong patient")}}, m_nurse).status, 200);
        QVERIFY(ids(search({{QStringLiteral("query"), QStringLiteral("quetzal")}}, m_nurse)).isEmpty());

        // Bad input: a clear 400, whatever it is. Someone who does not read threads: 403.
        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("query"), QStringLiteral("z")}},
                                       QJsonObject{{QStringLiteral("query"), QString(201, QLatin1Char('z'))}},
                                       QJsonObject{{QStringLiteral("query"), 42}}, QJsonObject{}}) {
            const cb::test::HttpResult refused = search(bad, m_nurse);
            QCOMPARE(refused.status, 400);
            QVERIFY(!cb::test::errorCode(refused).isEmpty());
        }
        QCOMPARE(search({{QStringLiteral("query"), QStringLiteral("zebrafinch")}}, m_admin).status, 403);

        // Audited as reads: the kind of term and the conversations shown, never the words.
        int audited = 0;
        for (const AuditRow &row : auditAfter(0)) {
            if (row.action != QLatin1String("search.run")) {
                continue;
            }
            ++audited;
            const QByteArray detail = QJsonDocument(row.detail).toJson(QJsonDocument::Compact);
            QVERIFY2(!detail.contains("ebrafin") && !detail.contains("8301") && !detail.contains("uinn"), detail.constData());
            QVERIFY(row.detail.contains(QStringLiteral("by")) && row.detail.contains(QStringLiteral("conversations")));
        }
        QVERIFY(audited >= 8);
        // "Who accessed this patient?" finds the searches that showed Quinn.
        bool found = false;
        for (const QJsonValue &event : m_api.get(QStringLiteral("/api/v1/audit/events?patient=15550108301&limit=500"), m_admin)
                                          .json().value(QStringLiteral("events")).toArray()) {
            found = found || event.toObject().value(QStringLiteral("action")).toString() == QLatin1String("search.run");
        }
        QVERIFY(found);
    }

    void streamResumesAfterItsLastSequence()
    {
        EventStreamClient first;
        QVERIFY(first.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550108001"), QStringLiteral("Resume"), QStringLiteral("before the gap")));
        const qint64 seenSeq = first.waitFor([](const QJsonObject &m) {
            return isEvent(m, "message.added") && payload(m).value(QStringLiteral("body")) == QLatin1String("before the gap");
        }).value(QStringLiteral("seq")).toInteger();
        first.socket().abort(); // the desktop sleeps
        QVERIFY(m_sandbox.say(QStringLiteral("15550108001"), QStringLiteral("Resume"), QStringLiteral("during the gap")));
        QTest::qWait(300);
        EventStreamClient second;
        QVERIFY(second.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId), seenSeq));
        QCOMPARE(countTexts(second, QStringLiteral("during the gap")), 1);
        QCOMPARE(countTexts(second, QStringLiteral("before the gap")), 0);
        qint64 previous = seenSeq;
        for (const QJsonObject &event : second.events()) {
            QVERIFY(event.value(QStringLiteral("seq")).toInteger() > previous);
            previous = event.value(QStringLiteral("seq")).toInteger();
        }
    }

    void streamRefusesBadHellosAndEndsRevokedSessions()
    {
        EventStreamClient stranger;
        QVERIFY(!stranger.open(m_server.baseUrl(), QStringLiteral("not-a-token"), QLatin1String(ApiClient::DeviceId)));
        // (A token from another device is tested last: it ends the session.)

        EventStreamClient stream;
        QVERIFY(stream.open(m_server.baseUrl(), m_nurse, QLatin1String(ApiClient::DeviceId)));
        const QString sessionId = m_api.get(QStringLiteral("/api/v1/me"), m_nurse).json().value(QStringLiteral("session_id")).toString();
        QCOMPARE(m_api.call("DELETE", QStringLiteral("/api/v1/sessions/%1").arg(sessionId), {}, m_admin).status, 204);
        const auto ended = stream.waitFor([](const QJsonObject &m) { return m.value(QStringLiteral("type")) == QLatin1String("session.ended"); });
        QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("revoked"));
        QTRY_VERIFY(!stream.isOpen());
    }

    void theSandboxControlApiNeedsItsTokenAndJson()
    {
        // Finding 10: any local process (or a browser's form post) could drive the sandbox.
        const QUrl faults = m_sandbox.url().resolved(QUrl(QStringLiteral("/sandbox/faults")));
        const QByteArray json = R"({"fault":"rate_limit","count":1})";
        QCOMPARE(cb::test::httpPost(faults, json, {{"Content-Type", "application/json"}}).status, 401);
        QCOMPARE(cb::test::httpPost(faults, json, {{"Content-Type", "application/json"}, {"X-Sandbox-Token", "guess"}}).status, 401);
        QCOMPARE(cb::test::httpPost(faults, "fault=rate_limit",
                                    {{"Content-Type", "application/x-www-form-urlencoded"},
                                     {"X-Sandbox-Token", SandboxProcess::ControlToken}})
                     .status,
                 415);
        QCOMPARE(cb::test::httpGet(m_sandbox.url().resolved(QUrl(QStringLiteral("/sandbox/sent/all")))).status, 401);
        QCOMPARE(m_sandbox.controlGet(QStringLiteral("/sandbox/sent/all")).status, 200);
    }

    void aStreamFromAnotherDeviceEndsTheSession()
    {
        // Finding 10: REST ended and audited a session whose token came from
        // another workstation; the event stream only refused the hello.
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), m_admin).status, 200);
        const qint64 mark = lastAuditSeq();
        EventStreamClient stolen;
        QVERIFY(!stolen.open(m_server.baseUrl(), m_admin, QStringLiteral("someone-elses-laptop")));
        const auto after = m_api.get(QStringLiteral("/api/v1/me"), m_admin);
        QCOMPARE(after.status, 401);
        QCOMPARE(codeOf(after.json()), QStringLiteral("session_ended"));
        const auto rows = auditAfter(mark);
        QVERIFY(std::any_of(rows.begin(), rows.end(),
                            [](const AuditRow &row) { return row.action == QLatin1String("session.device_mismatch"); }));
    }
};

QTEST_GUILESS_MAIN(TestInboxApi)
#include "tst_inbox_api.moc"
