#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::HttpResult;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
// [retention] seconds: messages older than this are past the period.
constexpr int RetentionMs = 4000;
} // namespace

// Records over HTTP against the real server and sandbox: retraction hides and
// keeps; retention purges only what is past the period and never what is held,
// exactly as the dry run said, events included; review access needs a reason,
// expires, is audited and flagged; incidents follow their lifecycle; the
// dashboard counts a known scenario.
class TestRecordsApi : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_nurse, m_desk, m_admin, m_compliance, m_otherOfficer;

    static QString url(const QString &path) { return QStringLiteral("/api/v1/") + path; }

    // Users are added (CLI) before the server starts and sign in after.
    QString signIn(const QString &username)
    {
        return m_api.enrol(username, Password, m_server.enrolmentCode(username)).value(QStringLiteral("token")).toString();
    }

    // The conversation a patient's first message opened.
    qint64 conversationOf(const QString &waId, const QString &name, const QString &text)
    {
        if (!m_sandbox.say(waId, name, text)) {
            return 0;
        }
        for (int tries = 0; tries < 100; ++tries) {
            for (const QJsonValue &value : m_api.get(url(QStringLiteral("inbox")), m_nurse).json().value(QStringLiteral("conversations")).toArray()) {
                const QJsonObject conversation = value.toObject();
                if (conversation.value(QStringLiteral("contact")).toObject().value(QStringLiteral("wa_id")).toString() == waId &&
                    conversation.value(QStringLiteral("preview")).toString() == text) {
                    return conversation.value(QStringLiteral("id")).toInteger();
                }
            }
            QTest::qWait(50);
        }
        return 0;
    }

    QJsonArray thread(qint64 conversation)
    {
        return m_api.get(url(QStringLiteral("conversations/%1/messages").arg(conversation)), m_nurse).json().value(QStringLiteral("messages")).toArray();
    }

    HttpResult reply(qint64 conversation, const QString &clientId, const QString &text, const QString &kind = QStringLiteral("text"))
    {
        return m_api.post(url(QStringLiteral("conversations/%1/messages").arg(conversation)),
                          {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}}, m_nurse);
    }

    cb::store::Database openStore()
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        return cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"), cb::server::ServerKeys::derive(key).store,
                                         cb::store::Database::OpenMode::Reader);
    }

    qint64 countWhere(const char *sql, const QString &like)
    {
        auto db = openStore();
        auto row = db.prepare(sql);
        row.bind(1, like);
        return row.step() ? row.columnInt64(0) : -1;
    }

    qint64 eventsMentioning(const QString &text) { return countWhere("SELECT count(*) FROM events WHERE instr(payload, ?) > 0", text); }
    qint64 auditMentioning(const QString &text) { return countWhere("SELECT count(*) FROM audit_events WHERE instr(detail, ?) > 0", text); }
    qint64 auditActions(const QString &action) { return countWhere("SELECT count(*) FROM audit_events WHERE action = ?", action); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + "[retention]\nseconds = " + QByteArray::number(RetentionMs / 1000) + "\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        for (const auto &[username, role] : {std::pair{"nina", "nurse"}, std::pair{"fred", "front_desk"}, std::pair{"adam", "admin"},
                                             std::pair{"cora", "compliance"}, std::pair{"carl", "compliance"}}) {
            QCOMPARE(m_server.addUser(QLatin1String(username), QLatin1String(role), Password), 0);
        }
        // Two reprocessed dead letters from long ago, one naming each patient of the
        // retention test: a hold covers every copy of the held patient's data
        // (security review 3). Written before the server starts.
        {
            const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
            auto db = cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"), cb::server::ServerKeys::derive(key).store,
                                                cb::store::Database::OpenMode::OpenExisting);
            db.exec("INSERT INTO dead_letters (received_at_ms, reason, payload, state) VALUES "
                    "(1, 'test', CAST('{\"from\":\"15550201003\",\"text\":\"held letter\"}' AS BLOB), 'reprocessed'), "
                    "(1, 'test', CAST('{\"from\":\"15550201002\",\"text\":\"old letter\"}' AS BLOB), 'reprocessed')");
        }
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = signIn(QStringLiteral("nina"));
        m_desk = signIn(QStringLiteral("fred"));
        m_admin = signIn(QStringLiteral("adam"));
        m_compliance = signIn(QStringLiteral("cora"));
        m_otherOfficer = signIn(QStringLiteral("carl"));
        QVERIFY(!m_nurse.isEmpty() && !m_desk.isEmpty() && !m_admin.isEmpty() && !m_compliance.isEmpty());
    }

    void retractionHidesAndKeeps()
    {
        const qint64 conversation = conversationOf(QStringLiteral("15550201001"), QStringLiteral("Rita Moss"), QStringLiteral("Is the clinic open?"));
        QVERIFY(conversation > 0);
        const HttpResult sent = reply(conversation, QStringLiteral("wrong-1"), QStringLiteral("Gate code is 4471, come in"));
        QCOMPARE(sent.status, 202);
        const qint64 id = sent.json().value(QStringLiteral("id")).toInteger();
        QTRY_VERIFY(eventsMentioning(QStringLiteral("Gate code is 4471")) > 0);
        const QString retract = url(QStringLiteral("messages/%1/retract").arg(id));

        // A reason is required; admins and compliance may not retract; patients' own messages stay.
        QCOMPARE(cb::test::errorCode(m_api.post(retract, {}, m_nurse)), QStringLiteral("invalid_field"));
        QCOMPARE(m_api.post(retract, {{QStringLiteral("reason"), QStringLiteral("sent to the wrong patient")}}, m_admin).status, 403);
        QCOMPARE(m_api.post(retract, {{QStringLiteral("reason"), QStringLiteral("sent to the wrong patient")}}, m_compliance).status, 403);
        const qint64 patientMessage = thread(conversation).first().toObject().value(QStringLiteral("id")).toInteger();
        const HttpResult patient = m_api.post(url(QStringLiteral("messages/%1/retract").arg(patientMessage)),
                                              {{QStringLiteral("reason"), QStringLiteral("not ours to hide")}}, m_nurse);
        QCOMPARE(patient.status, 422);
        QCOMPARE(cb::test::errorCode(patient), QStringLiteral("not_staff_message"));

        // A colleague at the front desk retracts it.
        const HttpResult retracted = m_api.post(retract, {{QStringLiteral("reason"), QStringLiteral("sent to the wrong patient")}}, m_desk);
        QCOMPARE(retracted.status, 200);
        QVERIFY(retracted.json().value(QStringLiteral("retracted_at_ms")).toInteger() > 0);
        QCOMPARE(retracted.json().value(QStringLiteral("body")).toString(), QString());
        QCOMPARE(m_api.post(retract, {{QStringLiteral("reason"), QStringLiteral("again")}}, m_desk).status, 409);

        // Hidden from the thread, the inbox and every event a desktop replays...
        for (const QJsonValue &value : thread(conversation)) {
            QVERIFY(!value.toObject().value(QStringLiteral("body")).toString().contains(QStringLiteral("4471")));
        }
        QVERIFY(!m_api.get(url(QStringLiteral("inbox")), m_nurse).body.contains("4471"));
        QCOMPARE(eventsMentioning(QStringLiteral("Gate code is 4471")), 0);
        // ...kept in the store with who, when and why; audited without content.
        QCOMPARE(countWhere("SELECT count(*) FROM messages WHERE instr(body, ?) > 0 AND retracted_at_ms > 0 AND retracted_by IS NOT NULL "
                            "AND retraction_reason = 'sent to the wrong patient'", QStringLiteral("Gate code is 4471")), 1);
        QCOMPARE(auditActions(QStringLiteral("message.retract")), 1);
        QCOMPARE(auditMentioning(QStringLiteral("4471")), 0);
        QCOMPARE(auditMentioning(QStringLiteral("wrong patient")), 0);
    }

    void retentionPurgesOnlyWhatIsPastThePeriodAndNotHeld()
    {
        const QString oldText = QStringLiteral("My old rash is back");
        const QString heldText = QStringLiteral("Keep this one for the lawyers");
        const qint64 old = conversationOf(QStringLiteral("15550201002"), QStringLiteral("Omar Old"), oldText);
        const qint64 held = conversationOf(QStringLiteral("15550201003"), QStringLiteral("Hana Held"), heldText);
        QVERIFY(old > 0 && held > 0);
        QCOMPARE(reply(old, QStringLiteral("old-note"), QStringLiteral("Called him about the rash"), QStringLiteral("note")).status, 202);

        // Holds: a reason, admins only, step-up fresh (they just signed in).
        const QString holds = url(QStringLiteral("retention/holds"));
        QCOMPARE(m_api.post(holds, {{QStringLiteral("conversation_id"), held}, {QStringLiteral("reason"), QStringLiteral("litigation")}}, m_compliance).status, 403);
        QCOMPARE(cb::test::errorCode(m_api.post(holds, {{QStringLiteral("conversation_id"), held}}, m_admin)), QStringLiteral("invalid_field"));
        const HttpResult placed = m_api.post(holds, {{QStringLiteral("conversation_id"), held}, {QStringLiteral("reason"), QStringLiteral("litigation")}}, m_admin);
        QCOMPARE(placed.status, 201);
        const HttpResult listed = m_api.get(holds, m_compliance); // compliance reads
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("in_force")).toArray().size(), 1);
        // Issue 21: the hold names its patient, not "conversation 12".
        QCOMPARE(listed.json().value(QStringLiteral("in_force")).toArray().first().toObject().value(QStringLiteral("patient")).toString(),
                 QStringLiteral("Hana Held"));

        QTest::qWait(RetentionMs + 500);
        const QString fresh = QStringLiteral("A new question today");
        QVERIFY(m_sandbox.say(QStringLiteral("15550201002"), QStringLiteral("Omar Old"), fresh));
        QTRY_VERIFY(eventsMentioning(fresh) > 0);

        // The dry run: the old conversation goes (patient message and note), the held one is kept.
        const HttpResult preview = m_api.get(url(QStringLiteral("retention/preview")), m_compliance);
        QCOMPARE(preview.status, 200);
        QJsonObject oldEntry;
        for (const QJsonValue &value : preview.json().value(QStringLiteral("conversations")).toArray()) {
            QVERIFY(value.toObject().value(QStringLiteral("conversation_id")).toInteger() != held);
            if (value.toObject().value(QStringLiteral("conversation_id")).toInteger() == old) {
                oldEntry = value.toObject();
            }
        }
        QCOMPARE(oldEntry.value(QStringLiteral("messages")).toInteger(), 2);
        QCOMPARE(oldEntry.value(QStringLiteral("patient")).toString(), QStringLiteral("Omar Old"));
        // Lists that named a patient answer "who accessed this patient?".
        for (const auto &[number, action] : {std::pair{"15550201002", "retention.preview"}, std::pair{"15550201003", "retention.holds_listed"}}) {
            QStringList actions;
            for (const QJsonValue &event : m_api.get(url(QStringLiteral("audit/events?patient=%1&limit=500").arg(QLatin1String(number))), m_admin)
                                               .json().value(QStringLiteral("events")).toArray()) {
                actions << event.toObject().value(QStringLiteral("action")).toString();
            }
            QVERIFY2(actions.contains(QLatin1String(action)), qPrintable(actions.join(QLatin1Char(' '))));
        }
        QVERIFY(!preview.body.contains(oldText.toUtf8())); // names and counts, never content
        QVERIFY(preview.json().value(QStringLiteral("held")).toObject().value(QStringLiteral("messages")).toInteger() >= 1);
        const qint64 cutoff = preview.json().value(QStringLiteral("cutoff_ms")).toInteger();
        const qint64 previewTotal = preview.json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("messages")).toInteger();

        // Only admins purge, never with a cutoff later than the period.
        QCOMPARE(m_api.post(url(QStringLiteral("retention/purge")), {{QStringLiteral("cutoff_ms"), cutoff}}, m_compliance).status, 403);
        QCOMPARE(cb::test::errorCode(m_api.post(url(QStringLiteral("retention/purge")), {{QStringLiteral("cutoff_ms"), cutoff + 600000}}, m_admin)),
                 QStringLiteral("cutoff_too_recent"));
        const HttpResult purged = m_api.post(url(QStringLiteral("retention/purge")), {{QStringLiteral("cutoff_ms"), cutoff}}, m_admin);
        QCOMPARE(purged.status, 200);
        QCOMPARE(purged.json().value(QStringLiteral("messages")).toInteger(), previewTotal); // what the dry run said
        QVERIFY(purged.json().value(QStringLiteral("events_rewritten")).toInteger() > 0);

        // Gone from the thread, the store and the events; the tombstone and the new message stay.
        const QJsonArray after = thread(old);
        QCOMPARE(after.first().toObject().value(QStringLiteral("body")).toString(), QString());
        QVERIFY(after.first().toObject().value(QStringLiteral("purged_at_ms")).toInteger() > 0);
        QCOMPARE(after.last().toObject().value(QStringLiteral("body")).toString(), fresh);
        QCOMPARE(eventsMentioning(oldText), 0);
        QCOMPARE(eventsMentioning(QStringLiteral("Called him about the rash")), 0);
        QCOMPARE(countWhere("SELECT count(*) FROM messages WHERE instr(body, ?) > 0", oldText), 0);
        QVERIFY(eventsMentioning(fresh) > 0);
        // The held conversation is untouched, its dead letter too; the other letter is emptied.
        QCOMPARE(thread(held).first().toObject().value(QStringLiteral("body")).toString(), heldText);
        QCOMPARE(countWhere("SELECT count(*) FROM dead_letters WHERE instr(payload, ?) > 0", QStringLiteral("held letter")), 1);
        QCOMPARE(countWhere("SELECT count(*) FROM dead_letters WHERE instr(payload, ?) > 0", QStringLiteral("old letter")), 0);
        QVERIFY(eventsMentioning(heldText) > 0);
        // Audited with counts, never content; a second dry run finds nothing more.
        QCOMPARE(auditActions(QStringLiteral("retention.purge")), 1);
        QCOMPARE(auditMentioning(oldText), 0);
        QCOMPARE(m_api.get(url(QStringLiteral("retention/preview")), m_admin).json().value(QStringLiteral("totals")).toObject()
                     .value(QStringLiteral("messages")).toInteger(), 0);

        // Released, the held conversation goes at the next purge.
        const qint64 holdId = placed.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_api.post(url(QStringLiteral("retention/holds/%1/release").arg(holdId)), {{QStringLiteral("reason"), QStringLiteral("case settled")}}, m_admin).status, 200);
        QCOMPARE(m_api.post(url(QStringLiteral("retention/holds/%1/release").arg(holdId)), {{QStringLiteral("reason"), QStringLiteral("case settled")}}, m_admin).status, 404);
        QCOMPARE(m_api.post(url(QStringLiteral("retention/purge")), {}, m_admin).status, 200);
        QCOMPARE(eventsMentioning(heldText), 0);
    }

    void reviewAccessNeedsAReasonExpiresAndIsAudited()
    {
        const qint64 conversation = conversationOf(QStringLiteral("15550201004"), QStringLiteral("Ines Review"), QStringLiteral("I never got my refund"));
        QVERIFY(conversation > 0);
        const QString reviews = url(QStringLiteral("reviews"));
        // Compliance has no other way in.
        QCOMPARE(m_api.get(url(QStringLiteral("conversations/%1/messages").arg(conversation)), m_compliance).status, 403);
        QCOMPARE(m_api.post(reviews, {{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("reason"), QStringLiteral("complaint")}}, m_compliance).status, 400);
        QCOMPARE(m_api.post(reviews, {{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("reason"), QStringLiteral("Complaint 2026-114: alleged disclosure")}}, m_admin).status, 403);
        QCOMPARE(m_api.post(reviews, {{QStringLiteral("conversation_id"), conversation}, {QStringLiteral("reason"), QStringLiteral("Complaint 2026-114: alleged disclosure")},
                                      {QStringLiteral("minutes"), 100000}}, m_compliance).status, 400);
        const HttpResult opened = m_api.post(reviews, {{QStringLiteral("conversation_id"), conversation},
                                                       {QStringLiteral("reason"), QStringLiteral("Complaint 2026-114: alleged disclosure")},
                                                       {QStringLiteral("minutes"), 1}}, m_compliance);
        QCOMPARE(opened.status, 201);
        const qint64 review = opened.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(opened.json().value(QStringLiteral("expires_at_ms")).toInteger() - opened.json().value(QStringLiteral("opened_at_ms")).toInteger(), 60000);
        const HttpResult read = m_api.get(url(QStringLiteral("reviews/%1/messages").arg(review)), m_compliance);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("I never got my refund"));
        QCOMPARE(countWhere("SELECT count(*) FROM audit_events WHERE action = 'conversation.view' AND json_extract(detail, '$.access') = ?",
                            QStringLiteral("compliance_review")), 1);
        QCOMPARE(countWhere("SELECT count(*) FROM compliance_flags WHERE kind = 'review_access' AND subject = ?",
                            QStringLiteral("conversation:%1").arg(conversation)), 1);
        // Another officer's review is no way in.
        QCOMPARE(m_api.get(url(QStringLiteral("reviews/%1/messages").arg(review)), m_otherOfficer).status, 404);
        // Expiry (one minute) is enforced on every read.
        QTest::qWait(61000);
        const HttpResult late = m_api.get(url(QStringLiteral("reviews/%1/messages").arg(review)), m_compliance);
        QCOMPARE(late.status, 410);
        QCOMPARE(cb::test::errorCode(late), QStringLiteral("review_expired"));
    }

    void incidentsFollowTheirLifecycle()
    {
        const QString incidents = url(QStringLiteral("incidents"));
        const qint64 discovered = QDateTime::currentMSecsSinceEpoch() - 61LL * 24 * 3600 * 1000;
        // Anyone reports; the type decides what it must name.
        QCOMPARE(cb::test::errorCode(m_api.post(incidents, {{QStringLiteral("type"), QStringLiteral("lost_device")}}, m_desk)), QStringLiteral("invalid_field"));
        QCOMPARE(cb::test::errorCode(m_api.post(incidents, {{QStringLiteral("type"), QStringLiteral("fire")}}, m_desk)), QStringLiteral("invalid_field"));
        const HttpResult reported = m_api.post(incidents, {{QStringLiteral("type"), QStringLiteral("lost_device")},
                                                          {QStringLiteral("device_id"), QStringLiteral("ws-frontdesk-2")},
                                                          {QStringLiteral("discovered_at_ms"), discovered},
                                                          {QStringLiteral("summary"), QStringLiteral("Laptop left on the bus")}}, m_desk);
        QCOMPARE(reported.status, 201);
        const QJsonObject incident = reported.json();
        const qint64 id = incident.value(QStringLiteral("id")).toInteger();
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(incident.value(QStringLiteral("notification_deadline_ms")).toInteger(), discovered + 60LL * 24 * 3600 * 1000);
        QVERIFY(incident.value(QStringLiteral("overdue")).toBool()); // discovered 61 days ago
        // The reporter does not manage incidents.
        QCOMPARE(m_api.get(incidents, m_desk).status, 403);
        const QString status = url(QStringLiteral("incidents/%1/status").arg(id));
        const HttpResult early = m_api.post(status, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_compliance);
        QCOMPARE(early.status, 409);
        QCOMPARE(cb::test::errorCode(early), QStringLiteral("invalid_transition"));
        const QJsonObject assessment{{QStringLiteral("nature_of_data"), QStringLiteral("Cached inbox of 40 patients, encrypted")},
                                     {QStringLiteral("unauthorised_recipient"), QStringLiteral("Unknown finder")},
                                     {QStringLiteral("acquired_or_viewed"), QStringLiteral("no")},
                                     {QStringLiteral("mitigation"), QStringLiteral("Workstation wiped; cache key destroyed")},
                                     {QStringLiteral("risk_conclusion"), QStringLiteral("breach")}};
        QJsonObject incomplete = assessment;
        incomplete.remove(QStringLiteral("mitigation"));
        QCOMPARE(m_api.post(url(QStringLiteral("incidents/%1/assess").arg(id)), incomplete, m_compliance).status, 400);
        const HttpResult assessed = m_api.post(url(QStringLiteral("incidents/%1/assess").arg(id)), assessment, m_compliance);
        QCOMPARE(assessed.status, 200);
        QCOMPARE(assessed.json().value(QStringLiteral("status")).toString(), QStringLiteral("assessed"));
        // A breach is notified before it closes.
        QCOMPARE(m_api.post(status, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_compliance).status, 409);
        const HttpResult notified = m_api.post(status, {{QStringLiteral("status"), QStringLiteral("notified")}}, m_admin);
        QCOMPARE(notified.status, 200);
        QVERIFY(!notified.json().value(QStringLiteral("overdue")).toBool());
        QCOMPARE(m_api.post(status, {{QStringLiteral("status"), QStringLiteral("assessed")}}, m_compliance).status, 409);
        QCOMPARE(m_api.post(status, {{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("note"), QStringLiteral("done")}}, m_compliance).status, 200);
        QCOMPARE(m_api.post(status, {{QStringLiteral("status"), QStringLiteral("notified")}}, m_compliance).status, 409);
        QCOMPARE(auditActions(QStringLiteral("incident.reported")), 1);
        QCOMPARE(auditActions(QStringLiteral("incident.status")), 2);
        QCOMPARE(auditMentioning(QStringLiteral("bus")), 0);
    }

    void dashboardCountsAKnownScenario()
    {
        // WhatsApp's timestamps are whole seconds: the period starts a second early
        // (the previous test's messages are a minute older).
        const qint64 from = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 1000;
        const qint64 answered = conversationOf(QStringLiteral("15550201005"), QStringLiteral("Dina Dash"), QStringLiteral("Can I book a visit?"));
        const qint64 waiting = conversationOf(QStringLiteral("15550201006"), QStringLiteral("Walt Wait"), QStringLiteral("Hello?"));
        QVERIFY(answered > 0 && waiting > 0);
        QCOMPARE(reply(answered, QStringLiteral("dash-1"), QStringLiteral("Yes, Tuesday at 10.")).status, 202);
        QCOMPARE(reply(answered, QStringLiteral("dash-2"), QStringLiteral("Your A1C was 8.2, take metformin 500 mg")).status, 422);
        QCOMPARE(m_api.post(url(QStringLiteral("conversations/%1/consent").arg(answered)),
                            {{QStringLiteral("consent"), QStringLiteral("opt_in")}}, m_nurse).status, 200);
        QCOMPARE(m_api.post(url(QStringLiteral("incidents")), {{QStringLiteral("type"), QStringLiteral("misdirected_message")},
                                                               {QStringLiteral("conversation_id"), waiting}}, m_nurse).status, 201);

        const QString period = QStringLiteral("from_ms=%1&to_ms=%2").arg(from).arg(QDateTime::currentMSecsSinceEpoch() + 1);
        QCOMPARE(m_api.get(url(QStringLiteral("compliance/dashboard")), m_nurse).status, 403);
        QCOMPARE(m_api.get(url(QStringLiteral("compliance/dashboard?from_ms=10&to_ms=5")), m_admin).status, 400);
        const HttpResult dashboard = m_api.get(url(QStringLiteral("compliance/dashboard?") + period), m_compliance);
        QCOMPARE(dashboard.status, 200);
        const QJsonObject figures = dashboard.json();
        const QJsonObject response = figures.value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("patients")).toInteger(), 2);
        QCOMPARE(response.value(QStringLiteral("answered")).toInteger(), 1);
        QCOMPARE(response.value(QStringLiteral("unanswered")).toInteger(), 1);
        QVERIFY(response.value(QStringLiteral("median_first_response_minutes")).toDouble() < 1.0);
        QCOMPARE(figures.value(QStringLiteral("phi_refusals")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("opt_ins_by_source")).toObject()
                     .value(QStringLiteral("opt_in")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("incidents")).toObject().value(QStringLiteral("by_type")).toObject()
                     .value(QStringLiteral("misdirected_message")).toInteger(), 1);
        QVERIFY(figures.contains(QStringLiteral("escalations")));
        QVERIFY(!dashboard.body.contains("Dina") && !dashboard.body.contains("book a visit"));

        // Drill-down: ids and times only.
        const auto drill = [&](const QString &figure) {
            return m_api.get(url(QStringLiteral("compliance/conversations?figure=%1&").arg(figure) + period), m_admin);
        };
        QCOMPARE(drill(QStringLiteral("bogus")).status, 400);
        const HttpResult refusals = drill(QStringLiteral("phi_refusals"));
        QCOMPARE(refusals.status, 200);
        QCOMPARE(refusals.json().value(QStringLiteral("conversations")).toArray().first().toObject().value(QStringLiteral("conversation_id")).toInteger(), answered);
        QCOMPARE(drill(QStringLiteral("unanswered")).json().value(QStringLiteral("conversations")).toArray().first().toObject()
                     .value(QStringLiteral("conversation_id")).toInteger(), waiting);
        QCOMPARE(drill(QStringLiteral("opt_ins")).json().value(QStringLiteral("conversations")).toArray().size(), 1);
        // Issue 21: each conversation goes by its patient's name (as in the audit
        // viewer), never by the number or anything said.
        QCOMPARE(refusals.json().value(QStringLiteral("conversations")).toArray().first().toObject().value(QStringLiteral("patient")).toString(),
                 QStringLiteral("Dina Dash"));
        QVERIFY(!refusals.body.contains("15550201005") && !refusals.body.contains("book a visit") && !refusals.body.contains("A1C"));
    }

    void theFormsFindAConversationByItsPatient()
    {
        const auto lookup = [&](const QJsonObject &body, const QString &token) {
            return m_api.post(url(QStringLiteral("compliance/conversation-lookup")), body, token);
        };
        const QJsonObject walt{{QStringLiteral("patient"), QStringLiteral("walt")}};
        // Staff who read conversations have the inbox; the picker is for admins and compliance.
        QCOMPARE(lookup(walt, m_nurse).status, 403);
        QCOMPARE(lookup({}, m_admin).status, 400);
        QCOMPARE(lookup({{QStringLiteral("patient"), QStringLiteral("   ")}}, m_admin).status, 400);
        QCOMPARE(lookup({{QStringLiteral("patient"), QString(201, QLatin1Char('x'))}}, m_admin).status, 400);
        QCOMPARE(lookup({{QStringLiteral("patient"), 12}}, m_admin).status, 400);

        const HttpResult byName = lookup(walt, m_compliance);
        QCOMPARE(byName.status, 200);
        const QJsonArray named = byName.json().value(QStringLiteral("conversations")).toArray();
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().toObject().value(QStringLiteral("patient")).toString(), QStringLiteral("Walt Wait"));
        QVERIFY(named.first().toObject().value(QStringLiteral("last_message_at_ms")).toInteger() > 0);
        QVERIFY(!byName.body.contains("15550201006"));
        // A US number as people write it, without its country code.
        const HttpResult byNumber = lookup({{QStringLiteral("patient"), QStringLiteral("(555) 020-1006")}}, m_admin);
        QCOMPARE(byNumber.json().value(QStringLiteral("conversations")).toArray(), named);
        const HttpResult nobody = lookup({{QStringLiteral("patient"), QStringLiteral("Nobody Here")}}, m_admin);
        QCOMPARE(nobody.status, 200);
        QVERIFY(nobody.json().value(QStringLiteral("conversations")).toArray().isEmpty());

        // Audited as what kind of words and what they found, never the words.
        const QJsonArray events = m_api.get(url(QStringLiteral("audit/events?action=compliance.conversations_found&limit=10")), m_admin)
                                      .json().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
        const QByteArray trail = QJsonDocument(events).toJson();
        QVERIFY(!trail.contains("walt") && !trail.contains("020-1006") && !trail.contains("Nobody"));
        QVERIFY(trail.contains("\"number\"") && trail.contains("\"name\""));
        // "Who accessed this patient?" finds the lists that named them.
        const QJsonArray aboutWalt = m_api.get(url(QStringLiteral("audit/events?patient=15550201006&limit=500")), m_admin)
                                         .json().value(QStringLiteral("events")).toArray();
        QStringList actions;
        for (const QJsonValue &event : aboutWalt) {
            actions << event.toObject().value(QStringLiteral("action")).toString();
        }
        QVERIFY2(actions.contains(QStringLiteral("compliance.conversations_found")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("compliance.drill_down")), qPrintable(actions.join(QLatin1Char(' '))));
    }

    // A flag is work for compliance: listed by name for admins and compliance,
    // closed only by compliance with a note, never by the officer whose action raised it.
    void complianceClosesFlagsWithANoteButNotTheirOwn()
    {
        const qint64 conversation = conversationOf(QStringLiteral("15550201009"), QStringLiteral("Flora Flag"), QStringLiteral("Is my letter ready?"));
        QVERIFY(conversation > 0);
        const HttpResult opened = m_api.post(url(QStringLiteral("reviews")),
                                             {{QStringLiteral("conversation_id"), conversation},
                                              {QStringLiteral("reason"), QStringLiteral("Complaint 2026-131: letter sent late")}}, m_compliance);
        QCOMPARE(opened.status, 201);
        const QString flags = url(QStringLiteral("compliance/flags"));
        QCOMPARE(m_api.get(flags, m_nurse).status, 403);
        QCOMPARE(m_api.get(flags + QStringLiteral("?state=closed"), m_admin).status, 400);
        const auto find = [&](const QString &token, const QString &query) {
            for (const QJsonValue &value : m_api.get(flags + query, token).json().value(QStringLiteral("flags")).toArray()) {
                if (value.toObject().value(QStringLiteral("subject")).toString() == QStringLiteral("conversation:%1").arg(conversation)) {
                    return value.toObject();
                }
            }
            return QJsonObject();
        };
        // Admins see it, by names, not ids.
        const QJsonObject flag = find(m_admin, {});
        QCOMPARE(flag.value(QStringLiteral("kind")).toString(), QStringLiteral("review_access"));
        QCOMPARE(flag.value(QStringLiteral("subject_name")).toString(), QStringLiteral("Flora Flag"));
        QCOMPARE(flag.value(QStringLiteral("actor_name")).toString(), QStringLiteral("cora"));
        QVERIFY(!flag.contains(QStringLiteral("acknowledged_at_ms")));
        const QString acknowledge = url(QStringLiteral("compliance/flags/%1/acknowledge").arg(flag.value(QStringLiteral("id")).toInteger()));
        const QJsonObject note{{QStringLiteral("note"), QStringLiteral("Checked with the complaint file; review was in scope.")}};

        QCOMPARE(m_api.post(acknowledge, note, m_admin).status, 403);         // admins do not close flags
        const HttpResult own = m_api.post(acknowledge, note, m_compliance);   // cora opened the review
        QCOMPARE(own.status, 403);
        QCOMPARE(cb::test::errorCode(own), QStringLiteral("own_flag"));
        const QString &carl = m_otherOfficer;
        QCOMPARE(m_api.post(acknowledge, {{QStringLiteral("note"), QStringLiteral("  ")}}, carl).status, 400);
        QCOMPARE(m_api.post(acknowledge, {{QStringLiteral("note"), QString(2001, QLatin1Char('x'))}}, carl).status, 400);
        QCOMPARE(m_api.post(url(QStringLiteral("compliance/flags/999999/acknowledge")), note, carl).status, 404);
        QVERIFY(!find(m_admin, {}).isEmpty()); // refusals changed nothing

        QCOMPARE(m_api.post(acknowledge, note, carl).status, 200);
        const HttpResult again = m_api.post(acknowledge, note, carl);
        QCOMPARE(again.status, 409);
        QCOMPARE(cb::test::errorCode(again), QStringLiteral("already_acknowledged"));
        QVERIFY(find(m_admin, {}).isEmpty()); // no longer open
        const QJsonObject closed = find(m_compliance, QStringLiteral("?state=all"));
        QCOMPARE(closed.value(QStringLiteral("acknowledged_by_name")).toString(), QStringLiteral("carl"));
        QCOMPARE(closed.value(QStringLiteral("note")).toString(), note.value(QStringLiteral("note")).toString());
        QVERIFY(closed.value(QStringLiteral("acknowledged_at_ms")).toInteger() > 0);

        // The trail says which flag was closed, not the note; the lists name the patient for "who accessed?".
        QCOMPARE(auditActions(QStringLiteral("compliance.flag_acknowledged")), 1);
        QCOMPARE(auditMentioning(QStringLiteral("complaint file")), 0);
        const QJsonArray aboutFlora = m_api.get(url(QStringLiteral("audit/events?patient=15550201009&limit=500")), m_admin)
                                          .json().value(QStringLiteral("events")).toArray();
        QStringList actions;
        for (const QJsonValue &event : aboutFlora) {
            actions << event.toObject().value(QStringLiteral("action")).toString();
        }
        QVERIFY2(actions.contains(QStringLiteral("compliance.flags_listed")), qPrintable(actions.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestRecordsApi)
#include "tst_records_api.moc"
