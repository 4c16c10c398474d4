#include "core/store/database.h"
#include "server/config/master_key.h"
#include "server/config/server_keys.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/server_process.h"

#include <QJsonArray>
#include <QtTest>

using cb::test::ApiClient;
using cb::test::errorCode;
using cb::test::HttpResult;

namespace {
const QString Password = QStringLiteral("correct horse battery staple 42");

struct Person
{
    QString id;
    QString key;                 // authenticator key
    QStringList recoveryCodes;   // one per extra sign-in (a TOTP code works once per 30 s)
};

struct Session
{
    QString token;
    QString id;
    QByteArray deviceSecret;
};
} // namespace

// The admin side of sessions and workstations over HTTP: the live list, revoking
// by session, person, workstation or everyone, wiping a workstation (its cache
// secrets destroyed), disabling, step-up, forced password change, lifted delays
// and the compliance flags.
class TestAdminSessionsApi : public QObject
{
    Q_OBJECT
private:
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_admin;
    QHash<QString, Person> m_people;

    HttpResult call(const QByteArray &method, const QString &path, const QString &token, const QByteArray &device,
                    const QJsonObject &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Carebridge-Device", device}};
        if (!token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        }
        return cb::test::httpRequest(method, m_api.base.resolved(QUrl(path)),
                                     method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(), headers);
    }

    void addPerson(const QString &username, const QString &role)
    {
        const auto created = m_api.post(QStringLiteral("/api/v1/staff"),
                                        {{QStringLiteral("username"), username},
                                         {QStringLiteral("display_name"), username},
                                         {QStringLiteral("roles"), QJsonArray{role}},
                                         {QStringLiteral("password"), Password}},
                                        m_admin);
        QCOMPARE(created.status, 201);
        Person person;
        person.id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
        const QJsonObject signedIn = m_api.enrol(username, Password,
            created.json().value(QStringLiteral("enrolment_code")).toObject().value(QStringLiteral("code")).toString(), &person.key);
        for (const auto &code : signedIn.value(QStringLiteral("recovery_codes")).toArray()) {
            person.recoveryCodes << code.toString();
        }
        QVERIFY(!person.recoveryCodes.isEmpty());
        m_people.insert(username, person);
    }

    // A sign-in from a named workstation, with one of the person's recovery codes.
    Session signIn(const QString &username, const QByteArray &device, const QString &workstation)
    {
        const auto challenge = call("POST", QStringLiteral("/api/v1/login/password"), {}, device,
                                    {{QStringLiteral("username"), username}, {QStringLiteral("password"), Password},
                                     {QStringLiteral("device_id"), QString::fromLatin1(device)},
                                     {QStringLiteral("workstation"), workstation}});
        const auto done = call("POST", QStringLiteral("/api/v1/login/code"), {}, device,
                               {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge")).toString()},
                                {QStringLiteral("recovery_code"), m_people[username].recoveryCodes.takeFirst()}});
        if (done.status != 200) {
            qWarning("sign-in of %s failed: %d %s / %d %s", qPrintable(username), challenge.status, challenge.body.constData(),
                     done.status, done.body.constData());
        }
        return {done.json().value(QStringLiteral("token")).toString(), done.json().value(QStringLiteral("session_id")).toString(),
                QByteArray::fromBase64(done.json().value(QStringLiteral("device_secret")).toString().toLatin1())};
    }

    QJsonArray sessions(const QString &token = {}, const QByteArray &device = ApiClient::DeviceId)
    {
        const auto listed = call("GET", QStringLiteral("/api/v1/sessions"), token.isEmpty() ? m_admin : token, device);
        return listed.json().value(QStringLiteral("sessions")).toArray();
    }

    QJsonObject sessionNamed(const QString &id)
    {
        for (const auto &value : sessions()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id) {
                return value.toObject();
            }
        }
        return {};
    }

    bool valid(const Session &session, const QByteArray &device)
    {
        return call("GET", QStringLiteral("/api/v1/me"), session.token, device).status == 200;
    }

    cb::store::Database readStore()
    {
        const auto key = cb::server::MasterKey::load(m_server.dataDir() + QStringLiteral("/master.key"));
        return cb::store::Database::open(m_server.dataDir() + QStringLiteral("/server.db"),
                                         cb::server::ServerKeys::derive(key).store, cb::store::Database::OpenMode::Reader);
    }

    qint64 count(const char *sql, const QString &value)
    {
        auto db = readStore();
        auto row = db.prepare(sql);
        row.bind(1, value);
        return row.step() ? row.columnInt64(0) : -1;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), Password), 0);
        QVERIFY(m_server.start());
        m_api.base = m_server.baseUrl();
        m_admin = m_api.enrol(QStringLiteral("admin"), Password, m_server.enrolmentCode(QStringLiteral("admin")))
                      .value(QStringLiteral("token")).toString();
        QVERIFY(!m_admin.isEmpty());
        addPerson(QStringLiteral("nurse.ida"), QStringLiteral("nurse"));
        addPerson(QStringLiteral("clin.omar"), QStringLiteral("clinician"));
        addPerson(QStringLiteral("comp.lee"), QStringLiteral("compliance"));
    }

    void theListShowsWhoIsWhereAndWhetherLocked()
    {
        const Session ida = signIn(QStringLiteral("nurse.ida"), "ws-front-2", QStringLiteral("FRONT-DESK-2"));
        QJsonObject row = sessionNamed(ida.id);
        QCOMPARE(row.value(QStringLiteral("username")).toString(), QStringLiteral("nurse.ida"));
        QCOMPARE(row.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("nurse")});
        QCOMPARE(row.value(QStringLiteral("workstation")).toString(), QStringLiteral("FRONT-DESK-2"));
        QCOMPARE(row.value(QStringLiteral("device_id")).toString(), QStringLiteral("ws-front-2"));
        QCOMPARE(row.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(row.value(QStringLiteral("started_at_ms")).toInteger() > 0);
        QCOMPARE(row.value(QStringLiteral("locked")).toBool(), false);

        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/lock"), ida.token, "ws-front-2").status, 204);
        QCOMPARE(sessionNamed(ida.id).value(QStringLiteral("locked")).toBool(), true);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/unlock"), ida.token, "ws-front-2", {{QStringLiteral("password"), Password}}).status, 200);
        QCOMPARE(sessionNamed(ida.id).value(QStringLiteral("locked")).toBool(), false);

        // Compliance may look, not change.
        const Session lee = signIn(QStringLiteral("comp.lee"), "ws-office", QStringLiteral("OFFICE"));
        QVERIFY(!sessions(lee.token, "ws-office").isEmpty());
        const auto refused = call("POST", QStringLiteral("/api/v1/sessions/revoke"), lee.token, "ws-office",
                                  {{QStringLiteral("scope"), QStringLiteral("session")}, {QStringLiteral("session_id"), ida.id}});
        QCOMPARE(refused.status, 403);
        QVERIFY(valid(ida, "ws-front-2"));
        const auto workstations = m_api.get(QStringLiteral("/api/v1/sessions"), m_admin).json().value(QStringLiteral("workstations")).toArray();
        bool listed = false;
        for (const auto &w : workstations) {
            listed = listed || (w.toObject().value(QStringLiteral("name")).toString() == QLatin1String("FRONT-DESK-2") &&
                                w.toObject().value(QStringLiteral("cached_users")).toInt() == 1);
        }
        QVERIFY(listed);
    }

    void revokeBySessionPersonWorkstationAndEveryone()
    {
        const Session a = signIn(QStringLiteral("clin.omar"), "ws-exam-1", QStringLiteral("EXAM-1"));
        const Session b = signIn(QStringLiteral("clin.omar"), "ws-exam-2", QStringLiteral("EXAM-2"));
        const Session c = signIn(QStringLiteral("nurse.ida"), "ws-exam-2", QStringLiteral("EXAM-2"));
        auto revoke = [this](const QJsonObject &body) { return m_api.post(QStringLiteral("/api/v1/sessions/revoke"), body, m_admin); };

        auto one = revoke({{QStringLiteral("scope"), QStringLiteral("session")}, {QStringLiteral("session_id"), a.id}});
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("sessions_ended")).toInt(), 1);
        QVERIFY(!valid(a, "ws-exam-1"));
        QVERIFY(valid(b, "ws-exam-2"));

        auto machine = revoke({{QStringLiteral("scope"), QStringLiteral("device")}, {QStringLiteral("device_id"), QStringLiteral("ws-exam-2")}});
        QCOMPARE(machine.json().value(QStringLiteral("sessions_ended")).toInt(), 2);
        QVERIFY(!valid(b, "ws-exam-2"));
        QVERIFY(!valid(c, "ws-exam-2"));

        const Session d = signIn(QStringLiteral("clin.omar"), "ws-exam-1", QStringLiteral("EXAM-1"));
        auto person = revoke({{QStringLiteral("scope"), QStringLiteral("user")}, {QStringLiteral("user_id"), m_people[QStringLiteral("clin.omar")].id.toLongLong()}});
        QCOMPARE(person.status, 200);
        QVERIFY(!valid(d, "ws-exam-1"));

        const Session e = signIn(QStringLiteral("nurse.ida"), "ws-exam-3", QStringLiteral("EXAM-3"));
        auto everyone = revoke({{QStringLiteral("scope"), QStringLiteral("all")}});
        QCOMPARE(everyone.status, 200);
        QVERIFY(everyone.json().value(QStringLiteral("sessions_ended")).toInt() >= 1);
        QVERIFY(!valid(e, "ws-exam-3"));
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), m_admin).status, 200); // never the admin's own

        QCOMPARE(revoke({{QStringLiteral("scope"), QStringLiteral("galaxy")}}).status, 400);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = ?", QStringLiteral("session.revoke")), 4);
    }

    void wipingAWorkstationEndsItsSessionsAndDestroysItsCacheSecrets()
    {
        const Session ida = signIn(QStringLiteral("nurse.ida"), "ws-lost", QStringLiteral("LAPTOP-7"));
        const Session omar = signIn(QStringLiteral("clin.omar"), "ws-lost", QStringLiteral("LAPTOP-7"));
        const Session elsewhere = signIn(QStringLiteral("nurse.ida"), "ws-ward", QStringLiteral("WARD"));
        QCOMPARE(count("SELECT COUNT(*) FROM device_secrets WHERE device_id = ?", QStringLiteral("ws-lost")), 2);
        cb::test::EventStreamClient stream;
        QVERIFY(stream.open(m_api.base, ida.token, QStringLiteral("ws-lost")));

        const auto wiped = m_api.post(QStringLiteral("/api/v1/devices/ws-lost/wipe"), {}, m_admin);
        QCOMPARE(wiped.status, 200);
        QCOMPARE(wiped.json().value(QStringLiteral("sessions_ended")).toInt(), 2);
        QCOMPARE(wiped.json().value(QStringLiteral("secrets_destroyed")).toInt(), 2);
        // The desktop is told at once, with the reason that makes it delete its files.
        const QJsonObject ended = stream.waitFor([](const QJsonObject &m) { return m.value(QStringLiteral("type")) == QLatin1String("session.ended"); });
        QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("device_wiped"));
        // A desktop that was locked (no stream) learns it at its next request.
        const auto refused = call("POST", QStringLiteral("/api/v1/me/unlock"), ida.token, "ws-lost", {{QStringLiteral("password"), Password}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(errorCode(refused), QStringLiteral("device_wiped"));
        QVERIFY(!valid(omar, "ws-lost"));
        QVERIFY(valid(elsewhere, "ws-ward")); // her other workstation is untouched
        QCOMPARE(count("SELECT COUNT(*) FROM device_secrets WHERE device_id = ?", QStringLiteral("ws-lost")), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'device.wipe' AND target = ?", QStringLiteral("device:ws-lost")), 1);
        // Signing in there again gives a new server half: the old cache key is gone for good.
        const Session again = signIn(QStringLiteral("nurse.ida"), "ws-lost", QStringLiteral("LAPTOP-7"));
        QVERIFY(!again.deviceSecret.isEmpty());
        QVERIFY(again.deviceSecret != ida.deviceSecret);

        QCOMPARE(m_api.post(QStringLiteral("/api/v1/devices/nowhere/wipe"), {}, m_admin).status, 404);
        const auto self = m_api.post(QStringLiteral("/api/v1/devices/%1/wipe").arg(QLatin1String(ApiClient::DeviceId)), {}, m_admin);
        QCOMPARE(self.status, 409);
        QCOMPARE(errorCode(self), QStringLiteral("cannot_wipe_self"));
    }

    void disablingSomeoneDestroysTheirCachesEverywhere()
    {
        addPerson(QStringLiteral("desk.zoe"), QStringLiteral("front_desk"));
        signIn(QStringLiteral("desk.zoe"), "ws-a", QStringLiteral("A"));
        signIn(QStringLiteral("desk.zoe"), "ws-b", QStringLiteral("B"));
        const QString id = m_people[QStringLiteral("desk.zoe")].id;
        QCOMPARE(count("SELECT COUNT(*) FROM device_secrets WHERE user_id = ?", id), 3); // the enrolment's device too
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/disable").arg(id), {}, m_admin).status, 204);
        QCOMPARE(count("SELECT COUNT(*) FROM device_secrets WHERE user_id = ?", id), 0);
    }

    void aResetPasswordMustBeChangedAndIsFlagged()
    {
        addPerson(QStringLiteral("nurse.kim"), QStringLiteral("nurse"));
        const QString id = m_people[QStringLiteral("nurse.kim")].id;
        const QString temporary = QStringLiteral("temporary plum kite 2024 zebra");
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/password").arg(id), {{QStringLiteral("password"), temporary}}, m_admin).status, 204);
        QCOMPARE(count("SELECT COUNT(*) FROM compliance_flags WHERE kind = 'inbox_credentials_reset' AND subject = ?",
                       QStringLiteral("staff:") + id), 1);
        const auto challenge = call("POST", QStringLiteral("/api/v1/login/password"), {}, "ws-kim",
                                    {{QStringLiteral("username"), QStringLiteral("nurse.kim")}, {QStringLiteral("password"), temporary},
                                     {QStringLiteral("device_id"), QStringLiteral("ws-kim")}});
        const auto signedIn = call("POST", QStringLiteral("/api/v1/login/code"), {}, "ws-kim",
                                   {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge")).toString()},
                                    {QStringLiteral("recovery_code"), m_people[QStringLiteral("nurse.kim")].recoveryCodes.takeFirst()}});
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json().value(QStringLiteral("token")).toString();
        QVERIFY(signedIn.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("must_change_password")).toBool());
        cb::test::EventStreamClient stream; // the event stream carries patient data too
        QVERIFY(!stream.open(m_api.base, token, QStringLiteral("ws-kim")));
        const auto blocked = call("GET", QStringLiteral("/api/v1/inbox"), token, "ws-kim");
        QCOMPARE(blocked.status, 403);
        QCOMPARE(errorCode(blocked), QStringLiteral("password_change_required"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/password"), token, "ws-kim",
                      {{QStringLiteral("current_password"), temporary}, {QStringLiteral("new_password"), QStringLiteral("my own violet harbour lantern")}})
                     .status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/inbox"), token, "ws-kim").status, 200);
        QVERIFY(stream.open(m_api.base, token, QStringLiteral("ws-kim")));
        // Creating her already told compliance: the admin chose her first password and held her code.
        QCOMPARE(count("SELECT COUNT(*) FROM compliance_flags WHERE kind = 'inbox_account_created' AND subject = ?",
                       QStringLiteral("staff:") + id), 1);
    }

    // A compliance officer reads any thread through a review: creating one, or
    // an admin resetting one's password, is flagged like an inbox account (review 3).
    void complianceAccountsCountAsReadingPatientData()
    {
        addPerson(QStringLiteral("comp.ray"), QStringLiteral("compliance"));
        const QString id = m_people[QStringLiteral("comp.ray")].id;
        QCOMPARE(count("SELECT COUNT(*) FROM compliance_flags WHERE kind = 'inbox_account_created' AND subject = ?",
                       QStringLiteral("staff:") + id), 1);
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/password").arg(id),
                            {{QStringLiteral("password"), QStringLiteral("temporary plum kite 2025 zebra")}}, m_admin).status, 204);
        QCOMPARE(count("SELECT COUNT(*) FROM compliance_flags WHERE kind = 'inbox_credentials_reset' AND subject = ?",
                       QStringLiteral("staff:") + id), 1);
    }

    void rolesChangeAndAdminsReadingPatientsAreFlagged()
    {
        addPerson(QStringLiteral("admin.two"), QStringLiteral("admin"));
        const QString id = m_people[QStringLiteral("admin.two")].id;
        const auto changed = m_api.post(QStringLiteral("/api/v1/staff/%1/roles").arg(id),
                                        {{QStringLiteral("roles"), QJsonArray{QStringLiteral("admin"), QStringLiteral("clinician")}}}, m_admin);
        QCOMPARE(changed.status, 204);
        QCOMPARE(count("SELECT COUNT(*) FROM compliance_flags WHERE kind = 'admin_inbox_role' AND subject = ?",
                       QStringLiteral("staff:") + id), 1);
        bool found = false;
        for (const auto &value : m_api.get(QStringLiteral("/api/v1/staff"), m_admin).json().value(QStringLiteral("staff")).toArray()) {
            if (value.toObject().value(QStringLiteral("username")) == QLatin1String("admin.two")) {
                found = value.toObject().value(QStringLiteral("roles")).toArray().contains(QStringLiteral("clinician"));
            }
        }
        QVERIFY(found);
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/roles").arg(id), {{QStringLiteral("roles"), QJsonArray{}}}, m_admin).status, 400);
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/roles").arg(id), {{QStringLiteral("roles"), QJsonArray{QStringLiteral("root")}}}, m_admin).status, 400);
        const QString me = QString::number(m_api.get(QStringLiteral("/api/v1/me"), m_admin).json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger());
        const auto own = m_api.post(QStringLiteral("/api/v1/staff/%1/roles").arg(me), {{QStringLiteral("roles"), QJsonArray{QStringLiteral("nurse")}}}, m_admin);
        QCOMPARE(errorCode(own), QStringLiteral("cannot_change_own_roles"));
    }

    void anAdminLiftsTheSignInDelay()
    {
        addPerson(QStringLiteral("desk.tom"), QStringLiteral("front_desk"));
        for (int i = 0; i < 6; ++i) {
            call("POST", QStringLiteral("/api/v1/login/password"), {}, "ws-tom",
                 {{QStringLiteral("username"), QStringLiteral("desk.tom")}, {QStringLiteral("password"), QStringLiteral("wrong")},
                  {QStringLiteral("device_id"), QStringLiteral("ws-tom")}});
        }
        auto delay = [this] {
            for (const auto &value : m_api.get(QStringLiteral("/api/v1/staff"), m_admin).json().value(QStringLiteral("staff")).toArray()) {
                if (value.toObject().value(QStringLiteral("username")) == QLatin1String("desk.tom")) {
                    return value.toObject().value(QStringLiteral("sign_in_delay_ms")).toInteger();
                }
            }
            return qint64(-1);
        };
        QVERIFY(delay() > 0);
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/unlock").arg(m_people[QStringLiteral("desk.tom")].id), {}, m_admin).status, 204);
        QCOMPARE(delay(), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.unlock' AND target = ?",
                       QStringLiteral("staff:") + m_people[QStringLiteral("desk.tom")].id), 1);
    }

    // Security review 3: after me/lock the token reads nothing (a copy of it is
    // worth nothing while the desktop is locked) until the password unlocks it;
    // the reason is one of the desktop's own words, never free text in the trail.
    void aLockedSessionReadsNothing()
    {
        addPerson(QStringLiteral("nurse.lou"), QStringLiteral("nurse"));
        const Session lou = signIn(QStringLiteral("nurse.lou"), "ws-lou", QStringLiteral("LOU"));
        QVERIFY(!lou.token.isEmpty());
        const auto before = call("GET", QStringLiteral("/api/v1/inbox"), lou.token, "ws-lou");
        QVERIFY2(before.status == 200, before.body.constData());
        const auto freeText = call("POST", QStringLiteral("/api/v1/me/lock"), lou.token, "ws-lou",
                                   {{QStringLiteral("reason"), QString(2000, QLatin1Char('x'))}});
        QCOMPARE(freeText.status, 400);
        QCOMPARE(errorCode(freeText), QStringLiteral("invalid_field"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/lock"), lou.token, "ws-lou", {{QStringLiteral("reason"), QStringLiteral("manual")}}).status, 204);
        const auto inbox = call("GET", QStringLiteral("/api/v1/inbox"), lou.token, "ws-lou");
        QCOMPARE(inbox.status, 403);
        QCOMPARE(errorCode(inbox), QStringLiteral("session_locked"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/conversations/1/messages"), lou.token, "ws-lou").status, 403);
        cb::test::EventStreamClient stream; // the stream carries patient data too
        QVERIFY(!stream.open(m_api.base, lou.token, QStringLiteral("ws-lou")));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), lou.token, "ws-lou").status, 200); // the lock screen's name
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/unlock"), lou.token, "ws-lou", {{QStringLiteral("password"), Password}}).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/inbox"), lou.token, "ws-lou").status, 200);
        QVERIFY(stream.open(m_api.base, lou.token, QStringLiteral("ws-lou")));
    }

    // A second server whose step-up lasts one second.
    void changesNeedARecentPasswordAndCode()
    {
        cb::test::ServerProcess server;
        cb::test::ServerProcess::Options options;
        options.security += "step_up_seconds = 1\n";
        server.writeConfig(options);
        QCOMPARE(server.init(), 0);
        QCOMPARE(server.addUser(QStringLiteral("boss"), QStringLiteral("admin"), Password), 0);
        QVERIFY(server.start());
        ApiClient api{server.baseUrl()};
        QString key;
        const QString token = api.enrol(QStringLiteral("boss"), Password, server.enrolmentCode(QStringLiteral("boss")), &key)
                                  .value(QStringLiteral("token")).toString();
        const QJsonObject all{{QStringLiteral("scope"), QStringLiteral("all")}};
        QCOMPARE(api.post(QStringLiteral("/api/v1/sessions/revoke"), all, token).status, 200); // just signed in
        QTest::qWait(1200);
        const auto stale = api.post(QStringLiteral("/api/v1/sessions/revoke"), all, token);
        QCOMPARE(stale.status, 403);
        QCOMPARE(errorCode(stale), QStringLiteral("step_up_required"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/sessions"), token).status, 200); // looking needs none
        // Unlocking checks the password only: it is not a step-up.
        QCOMPARE(api.post(QStringLiteral("/api/v1/me/lock"), {}, token).status, 204);
        QCOMPARE(api.post(QStringLiteral("/api/v1/me/unlock"), {{QStringLiteral("password"), Password}}, token).status, 200);
        QCOMPARE(errorCode(api.post(QStringLiteral("/api/v1/sessions/revoke"), all, token)), QStringLiteral("step_up_required"));
        const QJsonObject wrong{{QStringLiteral("password"), QStringLiteral("not it")},
                                {QStringLiteral("code"), QString::fromLatin1(ApiClient::oathtoolCode(key, 30))}};
        QCOMPARE(api.post(QStringLiteral("/api/v1/me/step-up"), wrong, token).status, 401);
        const QJsonObject right{{QStringLiteral("password"), Password},
                                {QStringLiteral("code"), QString::fromLatin1(ApiClient::oathtoolCode(key, 30))}};
        QCOMPARE(api.post(QStringLiteral("/api/v1/me/step-up"), right, token).status, 204);
        QCOMPARE(api.post(QStringLiteral("/api/v1/sessions/revoke"), all, token).status, 200);
        // The same code again is a replay.
        QTest::qWait(1200);
        QCOMPARE(api.post(QStringLiteral("/api/v1/me/step-up"), right, token).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestAdminSessionsApi)
#include "tst_admin_sessions_api.moc"
