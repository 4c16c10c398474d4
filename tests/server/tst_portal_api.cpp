#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::HttpResult;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
const QString Patient = QStringLiteral("15550109001");
// [portal] nudge_seconds: long enough that a loaded machine's next request
// still falls inside the period, short enough to wait out.
constexpr int NudgeMs = 5000;

// One request to the portal as a browser would send it, without following
// redirects (the test reads the 303 and its cookie itself).
HttpResult portal(const QByteArray &method, const QUrl &url, const QByteArray &cookie = {}, const QByteArray &body = {})
{
    static QNetworkAccessManager network;
    network.setCookieJar(nullptr);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!cookie.isEmpty()) {
        request.setRawHeader("Cookie", cookie);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QByteArray sessionCookie(const HttpResult &result)
{
    const QByteArray header = result.header("Set-Cookie");
    return header.left(header.indexOf(';'));
}
} // namespace

// The portal's staff side and its limits over HTTP, against the real server
// and sandbox: nudges carry no content and come at most once per period (never
// after STOP), revoking ends a patient's access, staff files are checked, the
// compliance figures count the funnel, and each step is in the audit trail.
// (The patient's side in a real browser: tests/ui/tst_portal_escalation.)
class TestPortalApi : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse;
    QString m_compliance;
    std::int64_t m_conversation = 0;

    QStringList sentToPatient()
    {
        QStringList texts;
        for (const QJsonValue &value : m_sandbox.sent()) {
            const QJsonObject sent = value.toObject();
            if (sent.value(QStringLiteral("to")).toString() == Patient) {
                texts << QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact));
            }
        }
        return texts;
    }

    QString latestLink()
    {
        static const QRegularExpression link(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/p/[A-Za-z0-9_-]+)"));
        QString found;
        for (const QString &text : sentToPatient()) {
            if (const auto match = link.match(text); match.hasMatch()) {
                found = match.captured(1);
            }
        }
        return found;
    }

    HttpResult reply(const QString &text, const QString &clientId)
    {
        return m_api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                          {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("portal")},
                           {QStringLiteral("text"), text}},
                          m_nurse);
    }

    QStringList auditActions()
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        auto db = cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                            cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
        auto rows = db.prepare("SELECT action, detail FROM audit_events WHERE action LIKE 'portal.%' OR action = 'contact.date_of_birth'");
        QStringList actions;
        while (rows.step()) {
            actions << rows.columnText(0);
            // Never a token, a code or message content in an audit event.
            const QString detail = rows.columnText(1);
            if (detail.contains(QLatin1String("/p/")) || detail.contains(QLatin1String("Your results"))) {
                qFatal("audit detail carries a secret or content: %s", qPrintable(detail));
            }
        }
        return actions;
    }

    // The newest portal link and the newest 6-digit code sent to `to`.
    QString latestLinkTo(const QString &to)
    {
        static const QRegularExpression link(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/p/[A-Za-z0-9_-]+)"));
        QString found;
        for (const QJsonValue &value : m_sandbox.sent()) {
            const QString text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            if (value.toObject().value(QStringLiteral("to")).toString() == to) {
                if (const auto match = link.match(text); match.hasMatch()) {
                    found = match.captured(1);
                }
            }
        }
        return found;
    }
    QString latestCodeTo(const QString &to)
    {
        static const QRegularExpression code(QStringLiteral("\\b(\\d{6})\\b"));
        QString found;
        for (const QJsonValue &value : m_sandbox.sent()) {
            if (value.toObject().value(QStringLiteral("to")).toString() == to) {
                const QString text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
                if (const auto match = code.match(text); match.hasMatch()) {
                    found = match.captured(1);
                }
            }
        }
        return found;
    }
    // A browser opening a link: its (unverified) session cookie.
    QByteArray openLink(const QString &link) { return sessionCookie(portal("GET", QUrl(link))); }
    // Answers the verification form of that browser's session.
    HttpResult answerCode(const QByteArray &cookie, const QString &code)
    {
        static const QRegularExpression csrf(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
        const HttpResult page = portal("GET", QUrl(m_server.portalUrl().toString() + QStringLiteral("/portal")), cookie);
        const QString token = csrf.match(QString::fromUtf8(page.body)).captured(1);
        return portal("POST", QUrl(m_server.portalUrl().toString() + QStringLiteral("/portal/verify")), cookie,
                      "csrf=" + QUrl::toPercentEncoding(token) + "&code=" + code.toLatin1());
    }

    // A patient who wrote, was sent a link, opened it and answered the code: their
    // conversation and their verified browser's cookie (empty on any failure).
    struct Visit
    {
        std::int64_t conversation = 0;
        QByteArray cookie;
    };
    Visit verifiedVisit(const QString &patient, const QString &name, QString *link)
    {
        Visit visit;
        if (!m_sandbox.say(patient, name, QStringLiteral("Hello, a question"))) {
            return visit;
        }
        const auto conversationOf = [&] {
            for (const QJsonValue &value : m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations")).toArray()) {
                if (value.toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("wa_id")).toString() == patient) {
                    return value.toObject().value(QStringLiteral("id")).toInteger();
                }
            }
            return qint64(0);
        };
        QDeadlineTimer deadline(5000);
        while ((visit.conversation = conversationOf()) == 0 && !deadline.hasExpired()) {
            QTest::qWait(50);
        }
        const QString base = QStringLiteral("/api/v1/conversations/%1/").arg(visit.conversation);
        if (visit.conversation == 0 ||
            m_api.post(base + QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("new_link")}}, m_nurse).status != 201) {
            return visit;
        }
        while ((*link = latestLinkTo(patient)).isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(50);
        }
        const QByteArray browser = openLink(*link);
        QString code;
        while ((code = latestCodeTo(patient)).isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(50);
        }
        const HttpResult verified = answerCode(browser, code);
        if (verified.status == 303) {
            visit.cookie = sessionCookie(verified);
        }
        return visit;
    }

    QString stateOf(std::int64_t conversation, std::int64_t messageId)
    {
        for (const QJsonValue &value : m_api.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), m_nurse)
                                           .json().value(QStringLiteral("messages")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == messageId) {
                return value.toObject().value(QStringLiteral("state")).toString();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const quint16 portalPort = cb::test::freeLocalPort();
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + "[portal]\npublic_url = http://127.0.0.1:" +
                              QByteArray::number(portalPort) + "\nport = " + QByteArray::number(portalPort) + "\nnudge_seconds = 5\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("cora"), QStringLiteral("compliance"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        m_compliance = m_api.enrol(QStringLiteral("cora"), Password, m_server.enrolmentCode(QStringLiteral("cora"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty() && !m_compliance.isEmpty());
        QVERIFY(m_sandbox.say(Patient, QStringLiteral("Ana Ruiz"), QStringLiteral("Hola, ¿tienen mis resultados?")));
        QTRY_VERIFY_WITH_TIMEOUT((m_conversation = m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json()
                                                       .value(QStringLiteral("conversations")).toArray().first().toObject()
                                                       .value(QStringLiteral("id")).toInteger()) > 0, 5000);
    }

    void portalRepliesNeedAnEscalationFirst()
    {
        const HttpResult early = reply(QStringLiteral("Your results are fine"), QStringLiteral("early-1"));
        QCOMPARE(early.status, 409);
        QCOMPARE(cb::test::errorCode(early), QStringLiteral("not_escalated"));
    }

    void nudgesCarryNoContentAndComeAtMostOncePerPeriod()
    {
        const HttpResult escalated = m_api.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(m_conversation), {}, m_nurse);
        QCOMPARE(escalated.status, 201);
        QCOMPARE(escalated.json().value(QStringLiteral("portal")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QTRY_VERIFY_WITH_TIMEOUT(!latestLink().isEmpty(), 5000);
        // The link, in the patient's language (she writes Spanish), with the clinic's name and nothing else.
        QTRY_VERIFY(sentToPatient().last().contains(QStringLiteral("Sunrise Clinic: tiene un mensaje seguro")));
        const int afterLink = int(sentToPatient().size());

        // Within the period the escalation started, replies nudge nobody.
        QCOMPARE(reply(QStringLiteral("Your results are fine"), QStringLiteral("r-1")).status, 202);
        QTest::qWait(NudgeMs + 200);
        QCOMPARE(reply(QStringLiteral("Your results are fine, really"), QStringLiteral("r-2")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sentToPatient().size(), afterLink + 1, 5000);
        const QString nudge = sentToPatient().last();
        QVERIFY(nudge.contains(QStringLiteral("/p/")));
        QVERIFY(!nudge.contains(QStringLiteral("results")));
        QCOMPARE(reply(QStringLiteral("One more thing"), QStringLiteral("r-3")).status, 202);
        QTest::qWait(500);
        QCOMPARE(sentToPatient().size(), afterLink + 1);
        // A retry of the same reply is not a new reply: no nudge, no second message.
        QCOMPARE(reply(QStringLiteral("One more thing"), QStringLiteral("r-3")).status, 200);
    }

    void staffFilesAreCheckedByTheirContent()
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const QString path = QStringLiteral("/api/v1/conversations/%1/attachments").arg(m_conversation);
        const HttpResult sent = m_api.post(path, {{QStringLiteral("client_id"), QStringLiteral("file-1")},
                                                  {QStringLiteral("filename"), QStringLiteral("../../after-visit summary.pdf")},
                                                  {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                                  {QStringLiteral("data"), QString::fromLatin1(pdf.toBase64())}},
                                           m_nurse);
        QCOMPARE(sent.status, 202);
        QCOMPARE(sent.json().value(QStringLiteral("channel")).toString(), QStringLiteral("portal"));
        QCOMPARE(sent.json().value(QStringLiteral("content")).toObject().value(QStringLiteral("filename")).toString(),
                 QStringLiteral("after-visit summary.pdf"));
        const HttpResult lying = m_api.post(path, {{QStringLiteral("client_id"), QStringLiteral("file-2")},
                                                   {QStringLiteral("filename"), QStringLiteral("photo.png")},
                                                   {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                                   {QStringLiteral("data"), QString::fromLatin1(QByteArray("MZ not a picture").toBase64())}},
                                            m_nurse);
        QCOMPARE(lying.status, 415);
        QCOMPARE(cb::test::errorCode(lying), QStringLiteral("file_type_refused"));
        // The stored file comes back byte for byte to staff.
        const HttpResult media = m_api.get(QStringLiteral("/api/v1/messages/%1/media").arg(sent.json().value(QStringLiteral("id")).toInteger()), m_nurse);
        QCOMPARE(media.status, 200);
        QCOMPARE(media.body, pdf);
    }

    void revokingEndsThePatientsAccess()
    {
        const HttpResult escalated = m_api.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(m_conversation),
                                                {{QStringLiteral("reason"), QStringLiteral("new_link")}}, m_nurse);
        QCOMPARE(escalated.status, 201);
        QString link;
        QTRY_VERIFY_WITH_TIMEOUT(!(link = latestLink()).isEmpty() && sentToPatient().last().contains(QStringLiteral("/p/")), 5000);
        const auto codes = [this] {
            static const QRegularExpression code(QStringLiteral("\\b\\d{6}\\b"));
            int count = 0;
            for (const QString &text : sentToPatient()) {
                count += code.match(text).hasMatch();
            }
            return count;
        };
        const int codesBefore = codes();
        const HttpResult opened = portal("GET", QUrl(link));
        QCOMPARE(opened.status, 303);
        QCOMPARE(opened.header("Location"), QByteArray("/portal/continue"));
        QTRY_COMPARE_WITH_TIMEOUT(codes(), codesBefore + 1, 5000);
        // Opening again (a second tap, or a forwarded copy) keeps the patient's live code.
        QCOMPARE(portal("GET", QUrl(link)).status, 303);
        QTest::qWait(500);
        QCOMPARE(codes(), codesBefore + 1);
        // The step after the link is a same-origin navigation (no script), so the
        // SameSite=Strict cookie goes along even from another site's page.
        const HttpResult next = portal("GET", QUrl(m_server.portalUrl().toString() + QStringLiteral("/portal/continue")));
        QVERIFY(next.body.contains("<meta http-equiv=\"refresh\" content=\"0; url=/portal\">"));
        const QByteArray cookie = sessionCookie(opened);
        QVERIFY(cookie.startsWith("__Host-cb_portal="));
        QVERIFY(opened.header("Set-Cookie").contains("; Secure; HttpOnly; SameSite=Strict"));
        const QUrl page(m_server.portalUrl().toString() + QStringLiteral("/portal"));
        QCOMPARE(portal("GET", page, cookie).status, 200);

        QCOMPARE(m_api.post(QStringLiteral("/api/v1/conversations/%1/portal/revoke").arg(m_conversation), {}, m_nurse).status, 200);
        const HttpResult after = portal("GET", page, cookie);
        QVERIFY2(after.status == 200 && after.body.contains("Your secure session has ended"), after.body.left(300).constData());
        QCOMPARE(portal("GET", QUrl(link)).status, 404);
        // A revoked portal takes no replies and sends no nudges until staff send a new link.
        const HttpResult refused = reply(QStringLiteral("Are you there?"), QStringLiteral("r-after-revoke"));
        QCOMPARE(refused.status, 409);
        QCOMPARE(cb::test::errorCode(refused), QStringLiteral("portal_not_live"));
    }

    void noNudgeAfterStop()
    {
        // Staff reopen the portal with a new link, then the patient sends STOP.
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(m_conversation),
                            {{QStringLiteral("reason"), QStringLiteral("new_link")}}, m_nurse).status, 201);
        QVERIFY(m_sandbox.say(Patient, QStringLiteral("Ana Ruiz"), QStringLiteral("BAJA")));
        QTRY_VERIFY_WITH_TIMEOUT(m_api.get(QStringLiteral("/api/v1/inbox"), m_nurse).json().value(QStringLiteral("conversations"))
                                     .toArray().first().toObject().value(QStringLiteral("contact")).toObject()
                                     .value(QStringLiteral("opted_out")).toBool(), 5000);
        const qsizetype before = sentToPatient().size();
        QTest::qWait(NudgeMs + 200);
        QCOMPARE(reply(QStringLiteral("Portal replies still work after STOP"), QStringLiteral("r-4")).status, 202);
        QTest::qWait(800);
        QCOMPARE(sentToPatient().size(), before);
        const HttpResult escalate = m_api.post(QStringLiteral("/api/v1/conversations/%1/escalate").arg(m_conversation), {}, m_nurse);
        QCOMPARE(escalate.status, 409);
        QCOMPARE(cb::test::errorCode(escalate), QStringLiteral("contact_opted_out"));
    }

    void complianceSeesTheFunnelAndOthersDoNot()
    {
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/portal/stats"), m_nurse).status, 403);
        const HttpResult stats = m_api.get(QStringLiteral("/api/v1/portal/stats"), m_compliance);
        QCOMPARE(stats.status, 200);
        const QJsonObject figures = stats.json();
        QCOMPARE(figures.value(QStringLiteral("invitations_sent")).toInteger(), 3); // the escalation and two new links
        QCOMPARE(figures.value(QStringLiteral("invitations_opened")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("invitations_verified")).toInteger(), 0);
        QCOMPARE(figures.value(QStringLiteral("nudges_sent")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("conversations_escalated")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("escalated_share")).toDouble(), 1.0);
        QCOMPARE(figures.value(QStringLiteral("secure_replies_measured")).toInteger(), 1);
    }

    void everyStepIsAudited()
    {
        const QStringList actions = auditActions();
        for (const char *expected : {"portal.invitation_created", "portal.invitation_sent", "portal.message", "portal.nudge_sent",
                                     "portal.opened", "portal.code_sent", "portal.revoked", "portal.link_refused",
                                     "portal.upload", "portal.nudge_skipped", "portal.stats"}) {
            QVERIFY2(actions.contains(QLatin1String(expected)), expected);
        }
    }
    // Security review 3: wrong answers lock the patient's portal, not one link
    // (an earlier nudge brings no fresh tries), and the lock never strands a
    // patient already verified, nor the staff answering them. A file staff
    // retract is gone from the patient's side too.
    void aLockCoversThePortalAndRetractedFilesLeaveIt()
    {
        const QString patient = QStringLiteral("15550109002");
        QString link;
        const Visit visit = verifiedVisit(patient, QStringLiteral("Luis Vega"), &link);
        QVERIFY(visit.conversation > 0 && !visit.cookie.isEmpty());
        const std::int64_t conversation = visit.conversation;
        const QByteArray patientCookie = visit.cookie;
        const QString base = QStringLiteral("/api/v1/conversations/%1/").arg(conversation);
        const QUrl page(m_server.portalUrl().toString() + QStringLiteral("/portal"));
        // Reading the page writes the session's activity coarsely (not a write and fsync a request).
        const auto lastSeen = [this] {
            const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
            auto db = cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                                cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
            return db.queryInt("SELECT MAX(last_seen_at_ms) FROM portal_sessions WHERE verified_at_ms != 0 AND ended_at_ms = 0");
        };
        const auto seenBefore = lastSeen();
        QTest::qWait(20);
        QCOMPARE(portal("GET", page, patientCookie).status, 200);
        QCOMPARE(portal("GET", QUrl(page.toString() + QStringLiteral("/updates?after=0")), patientCookie).status, 200);
        QCOMPARE(lastSeen(), seenBefore);

        // A file staff send, then retract (the wrong patient's): gone for the patient too.
        const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const HttpResult sent = m_api.post(base + QStringLiteral("attachments"),
                                           {{QStringLiteral("client_id"), QStringLiteral("lock-file")},
                                            {QStringLiteral("filename"), QStringLiteral("someone else.html")},
                                            {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                            {QStringLiteral("data"), QString::fromLatin1(pdf.toBase64())}},
                                           m_nurse);
        QCOMPARE(sent.status, 202);
        const QUrl file(m_server.portalUrl().toString() + QStringLiteral("/portal/media/%1").arg(sent.json().value(QStringLiteral("id")).toInteger()));
        const HttpResult before = portal("GET", file, patientCookie);
        QCOMPARE(before.status, 200);
        QVERIFY2(before.header("Content-Disposition").contains("filename=\"someone else.pdf\""), before.header("Content-Disposition").constData());
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/messages/%1/retract").arg(sent.json().value(QStringLiteral("id")).toInteger()),
                            {{QStringLiteral("reason"), QStringLiteral("sent to the wrong patient")}}, m_nurse).status, 200);
        QCOMPARE(portal("GET", file, patientCookie).status, 404);

        // Two replies a nudge period apart: two nudge links.
        QTest::qWait(NudgeMs + 200);
        QCOMPARE(m_api.post(base + QStringLiteral("messages"), {{QStringLiteral("client_id"), QStringLiteral("lock-1")},
                            {QStringLiteral("kind"), QStringLiteral("portal")}, {QStringLiteral("text"), QStringLiteral("First")}}, m_nurse).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(latestLinkTo(patient) != link, 10000);
        const QString firstNudge = latestLinkTo(patient);
        QTest::qWait(NudgeMs + 200);
        QCOMPARE(m_api.post(base + QStringLiteral("messages"), {{QStringLiteral("client_id"), QStringLiteral("lock-2")},
                            {QStringLiteral("kind"), QStringLiteral("portal")}, {QStringLiteral("text"), QStringLiteral("Second")}}, m_nurse).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(latestLinkTo(patient) != firstNudge, 10000);
        const QString secondNudge = latestLinkTo(patient);

        // Someone holding the second nudge guesses five times: the portal locks.
        const qsizetype sentBefore = m_sandbox.sent().size();
        const QByteArray stranger = openLink(secondNudge);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.sent().size() > sentBefore, 10000); // that link's own code went out
        const QString real = latestCodeTo(patient);
        const QString wrong = QString(real).replace(0, 1, real.at(0) == u'9' ? u'1' : QChar(real.at(0).unicode() + 1));
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(answerCode(stranger, wrong).status, 422);
        }
        QCOMPARE(answerCode(stranger, wrong).status, 403);
        // The first nudge gives no fresh tries: it is locked with the rest.
        const HttpResult again = portal("GET", QUrl(firstNudge));
        QVERIFY2(again.status != 303, again.body.left(200).constData());
        // The verified patient reads on, and staff still answer them (no 409 portal_not_live).
        const HttpResult still = portal("GET", page, patientCookie);
        QVERIFY2(still.status == 200 && still.body.contains("First"), still.body.left(300).constData());
        QCOMPARE(m_api.post(base + QStringLiteral("messages"), {{QStringLiteral("client_id"), QStringLiteral("lock-3")},
                            {QStringLiteral("kind"), QStringLiteral("portal")}, {QStringLiteral("text"), QStringLiteral("Third")}}, m_nurse).status, 202);
    }

    // Issue 21: staff could not tell whether the patient had read a secure message.
    // It is "read" once the patient's portal page (or its live update) has shown it.
    void aSecureMessageIsReadOnceThePatientsPageShowsIt()
    {
        const QString patient = QStringLiteral("15550109003");
        QString link;
        const Visit visit = verifiedVisit(patient, QStringLiteral("Rosa Diaz"), &link);
        QVERIFY(visit.conversation > 0 && !visit.cookie.isEmpty());
        const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(visit.conversation);
        const auto send = [&](const QString &clientId, const QString &text) {
            return m_api.post(messages, {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("portal")},
                                         {QStringLiteral("text"), text}}, m_nurse).json().value(QStringLiteral("id")).toInteger();
        };
        const std::int64_t first = send(QStringLiteral("read-1"), QStringLiteral("Your appointment is confirmed"));
        QVERIFY(first > 0);
        QCOMPARE(stateOf(visit.conversation, first), QStringLiteral("delivered")); // in the portal, not yet seen

        const QUrl page(m_server.portalUrl().toString() + QStringLiteral("/portal"));
        const HttpResult shown = portal("GET", page, visit.cookie);
        QVERIFY(shown.status == 200 && shown.body.contains("Your appointment is confirmed"));
        QCOMPARE(stateOf(visit.conversation, first), QStringLiteral("read"));

        // A message that arrives while the page is open is read when the live update shows it.
        const std::int64_t second = send(QStringLiteral("read-2"), QStringLiteral("Bring your insurance card"));
        QCOMPARE(stateOf(visit.conversation, second), QStringLiteral("delivered"));
        const HttpResult update = portal("GET", QUrl(page.toString() + QStringLiteral("/updates?after=%1").arg(first)), visit.cookie);
        QVERIFY(update.status == 200 && update.body.contains("insurance card"));
        QCOMPARE(stateOf(visit.conversation, second), QStringLiteral("read"));

        // Someone without the patient's verified session reads nothing, and marks nothing read.
        const std::int64_t third = send(QStringLiteral("read-3"), QStringLiteral("See you Tuesday"));
        QCOMPARE(portal("GET", QUrl(page.toString() + QStringLiteral("/updates?after=0"))).status, 401);
        const HttpResult stranger = portal("GET", page, openLink(link));
        QVERIFY(!stranger.body.contains("See you Tuesday"));
        QCOMPARE(stateOf(visit.conversation, third), QStringLiteral("delivered"));
    }
};

QTEST_MAIN(TestPortalApi)
#include "tst_portal_api.moc"
