#include "core/policy/permissions.h"
#include "server/http/endpoint_catalogue.h"
#include "tests/support/api_client.h"
#include "tests/support/server_process.h"

#include <QJsonArray>
#include <QtTest>

using cb::policy::Role;
using cb::test::ApiClient;
using cb::test::errorCode;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
} // namespace

// Identity against the real carebridge-server binary on 127.0.0.1, with codes
// made by oathtool as an authenticator app would.
class TestIdentityApi : public QObject
{
    Q_OBJECT
private:
    cb::test::ServerProcess m_server;
    ApiClient m_api;
    QString m_adminToken;
    QHash<QString, QString> m_enrolmentCodes; // from staff.create, as the admin would hand them over

    QJsonObject enrol(const QString &username, QString *key = nullptr)
    {
        return m_api.enrol(username, Password, m_enrolmentCodes.value(username), key);
    }

    QString createStaff(const QString &username, const QString &role)
    {
        const auto created = m_api.post(QStringLiteral("/api/v1/staff"),
                                        {{QStringLiteral("username"), username},
                                         {QStringLiteral("display_name"), username.toUpper()},
                                         {QStringLiteral("roles"), QJsonArray{role}},
                                         {QStringLiteral("password"), Password}},
                                        m_adminToken);
        if (created.status != 201) {
            qWarning("create %s failed: %s", qPrintable(username), created.body.constData());
        }
        m_enrolmentCodes.insert(username, created.json()
                                              .value(QStringLiteral("enrolment_code"))
                                              .toObject()
                                              .value(QStringLiteral("code"))
                                              .toString());
        return QString::number(created.json().value(QStringLiteral("id")).toInteger());
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_server.init(), 0);
        QByteArray output;
        QCOMPARE(m_server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), Password, &output), 0);
        QVERIFY(m_server.start());
        m_api.base = m_server.baseUrl();
    }

    void adminEnrolsWithTheirEnrolmentCodeAndSignsIn()
    {
        auto passwordStep = [this] {
            return m_api.post(QStringLiteral("/api/v1/login/password"),
                              {{QStringLiteral("username"), QStringLiteral("admin")},
                               {QStringLiteral("password"), Password},
                               {QStringLiteral("device_id"), QLatin1String(ApiClient::DeviceId)}});
        };
        // The right password alone never hands out the enrolment key (finding 6).
        auto challenge = passwordStep();
        QCOMPARE(challenge.status, 200);
        QCOMPARE(challenge.json().value(QStringLiteral("next")).toString(), QStringLiteral("code"));
        QVERIFY(!challenge.json().contains(QStringLiteral("enrolment")));
        // Nor does a wrong enrolment code, and a TOTP code from a guessed key is refused.
        const auto wrong = m_api.post(QStringLiteral("/api/v1/login/code"),
                                      {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
                                       {QStringLiteral("enrolment_code"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCode(wrong), QStringLiteral("invalid_credentials"));
        QVERIFY(!wrong.json().contains(QStringLiteral("enrolment")));

        const QString enrolmentCode = m_server.enrolmentCode(QStringLiteral("admin"));
        QCOMPARE(enrolmentCode.size(), 19);
        challenge = passwordStep();
        const auto started = m_api.post(QStringLiteral("/api/v1/login/code"),
                                        {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
                                         {QStringLiteral("enrolment_code"), enrolmentCode.toLower()}});
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json().value(QStringLiteral("next")).toString(), QStringLiteral("enrol"));
        const QJsonObject enrolment = started.json().value(QStringLiteral("enrolment")).toObject();
        const QString uri = enrolment.value(QStringLiteral("uri")).toString();
        QVERIFY(uri.startsWith(QLatin1String("otpauth://totp/Sunrise%20Clinic:admin?")));
        const QString key = enrolment.value(QStringLiteral("key")).toString();

        const auto signedIn = m_api.post(QStringLiteral("/api/v1/login/enrol"),
                                         {{QStringLiteral("challenge"), started.json().value(QStringLiteral("challenge"))},
                                          {QStringLiteral("code"), QString::fromLatin1(ApiClient::oathtoolCode(key))}});
        QCOMPARE(signedIn.status, 200);
        const QJsonObject json = signedIn.json();
        m_adminToken = json.value(QStringLiteral("token")).toString();
        QCOMPARE(m_adminToken.size(), 43);
        QCOMPARE(json.value(QStringLiteral("recovery_codes")).toArray().size(), 10);
        QCOMPARE(QByteArray::fromBase64(json.value(QStringLiteral("device_secret")).toString().toLatin1()).size(), 32);
        QCOMPARE(json.value(QStringLiteral("policy")).toObject().value(QStringLiteral("lock_after_idle_seconds")).toInt(), 600);
        // The wrong enrolment code above is reported to the admin.
        QCOMPARE(json.value(QStringLiteral("failed_attempts")).toObject().value(QStringLiteral("count")).toInt(), 1);

        const auto me = m_api.get(QStringLiteral("/api/v1/me"), m_adminToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()[QStringLiteral("user")].toObject()[QStringLiteral("username")].toString(), QStringLiteral("admin"));

        // The code was used up by the enrolment.
        challenge = passwordStep();
        const auto again = m_api.post(QStringLiteral("/api/v1/login/code"),
                                      {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
                                       {QStringLiteral("enrolment_code"), enrolmentCode}});
        QCOMPARE(again.status, 401);
    }

    void resettingMfaIssuesANewEnrolmentCode()
    {
        const QString id = createStaff(QStringLiteral("nurse.reset"), QStringLiteral("nurse"));
        QVERIFY(!enrol(QStringLiteral("nurse.reset")).value(QStringLiteral("token")).toString().isEmpty());
        const auto reset = m_api.post(QStringLiteral("/api/v1/staff/%1/reset-mfa").arg(id), {}, m_adminToken);
        QCOMPARE(reset.status, 200);
        const QString code =
            reset.json().value(QStringLiteral("enrolment_code")).toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(code.size(), 19);
        QVERIFY(code != m_enrolmentCodes.value(QStringLiteral("nurse.reset")));
        // The old code is dead; the new one enrols.
        QVERIFY(enrol(QStringLiteral("nurse.reset")).value(QStringLiteral("token")).toString().isEmpty());
        m_enrolmentCodes.insert(QStringLiteral("nurse.reset"), code);
        QVERIFY(!enrol(QStringLiteral("nurse.reset")).value(QStringLiteral("token")).toString().isEmpty());
    }

    void nurseSignsInWithOathtoolCodesAndReplayIsRefused()
    {
        createStaff(QStringLiteral("nurse.kim"), QStringLiteral("nurse"));
        QString key;
        const QJsonObject enrolled = enrol(QStringLiteral("nurse.kim"), &key);
        QVERIFY(!enrolled.value(QStringLiteral("token")).toString().isEmpty());

        auto login = [this](const QString &password, const QByteArray &code) {
            const auto challenge = m_api.post(QStringLiteral("/api/v1/login/password"),
                                              {{QStringLiteral("username"), QStringLiteral("nurse.kim")},
                                               {QStringLiteral("password"), password},
                                               {QStringLiteral("device_id"), QLatin1String(ApiClient::DeviceId)}});
            return m_api.post(QStringLiteral("/api/v1/login/code"),
                              {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
                               {QStringLiteral("code"), QString::fromLatin1(code)}});
        };
        const QByteArray next = ApiClient::oathtoolCode(key, 30); // the next step, inside the ±1 window
        QCOMPARE(login(QStringLiteral("wrong wrong wrong wrong"), next).status, 401);
        QCOMPARE(login(Password, "000000").status, 401);
        const auto good = login(Password, next);
        QCOMPARE(good.status, 200);
        const auto replay = login(Password, next);
        QCOMPARE(replay.status, 401);
        QCOMPARE(errorCode(replay), QStringLiteral("invalid_credentials")); // never says which factor
    }

    void everyEndpointChecksTheCallersRole()
    {
        QMap<Role, QString> tokens;
        tokens.insert(Role::Admin, m_adminToken);
        for (Role role : {Role::FrontDesk, Role::Nurse, Role::Clinician, Role::Compliance}) {
            const QString username = QStringLiteral("walk.") + cb::policy::roleName(role).remove(QLatin1Char('_'));
            createStaff(username, cb::policy::roleName(role));
            tokens.insert(role, enrol(username).value(QStringLiteral("token")).toString());
            QVERIFY(!tokens[role].isEmpty());
        }
        int checked = 0;
        for (const auto &endpoint : cb::server::endpointCatalogue()) {
            if (!endpoint.permission || QByteArray(endpoint.id) == "me.logout") {
                continue; // public, or ends the session the walk needs (tested below)
            }
            const QString path = QString::fromLatin1(endpoint.path).replace(QStringLiteral("<arg>"), QStringLiteral("999999"));
            const QByteArray method = cb::server::http::methodName(endpoint.method);
            // Without a token: always 401.
            QCOMPARE(m_api.call(method, path, {}).status, 401);
            for (auto it = tokens.begin(); it != tokens.end(); ++it) {
                const auto reply = m_api.call(method, path, {}, it.value());
                const bool allowed = cb::policy::roleAllows(it.key(), *endpoint.permission);
                const QString code = errorCode(reply);
                const bool forbidden = reply.status == 403 && code == QLatin1String("forbidden");
                const bool signedOut = reply.status == 401 && code != QLatin1String("invalid_credentials");
                QVERIFY2(allowed ? !forbidden && !signedOut : forbidden,
                         qPrintable(QStringLiteral("%1 as %2 gave %3").arg(QLatin1String(endpoint.id),
                                                                           cb::policy::roleName(it.key()))
                                        .arg(reply.status)));
                ++checked;
                if (QByteArray(endpoint.id) == "me.lock") { // a locked session reads nothing: unlock it for the rest of the walk
                    QCOMPARE(m_api.post(QStringLiteral("/api/v1/me/unlock"), {{QStringLiteral("password"), Password}}, it.value()).status, 200);
                }
            }
        }
        QVERIFY(checked >= 15 * 5);
    }

    // Changes to staff, roles, sessions and retention ask for a recent password
    // and code: a new endpoint of that kind cannot forget the flag.
    void everyChangeToStaffSessionsOrRetentionNeedsAStepUp()
    {
        using cb::policy::Permission;
        int checked = 0;
        for (const auto &endpoint : cb::server::endpointCatalogue()) {
            const bool change = endpoint.method != cb::server::http::Method::Get;
            const bool guarded = endpoint.permission == Permission::RevokeSessions ||
                                 endpoint.permission == Permission::ManageRetention ||
                                 endpoint.permission == Permission::ReviewConversations || // opening a review hands over patient data
                                 (endpoint.permission == Permission::ManageStaff &&
                                  QByteArray(endpoint.path).startsWith("/api/v1/staff"));
            if (change && guarded) {
                QVERIFY2(endpoint.stepUp, endpoint.id);
                ++checked;
            }
        }
        QVERIFY(checked >= 14);
    }

    void revokedAndLoggedOutSessionsStopWorking()
    {
        createStaff(QStringLiteral("desk.ana"), QStringLiteral("front_desk"));
        const QJsonObject signedIn = enrol(QStringLiteral("desk.ana"));
        const QString token = signedIn.value(QStringLiteral("token")).toString();
        const QString sessionId = signedIn.value(QStringLiteral("session_id")).toString();
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 200);

        QCOMPARE(m_api.call("DELETE", QStringLiteral("/api/v1/sessions/") + sessionId, {}, m_adminToken).status, 204);
        const auto after = m_api.get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(errorCode(after), QStringLiteral("session_ended"));
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/me/logout"), {}, token).status, 401);
        // A revoked session cannot unlock either (and so never gets the cache secret back).
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/me/unlock"), {{QStringLiteral("password"), Password}}, token).status, 401);
    }

    void aTokenFromAnotherWorkstationEndsTheSession()
    {
        createStaff(QStringLiteral("desk.theft"), QStringLiteral("front_desk"));
        const QString token = enrol(QStringLiteral("desk.theft")).value(QStringLiteral("token")).toString();
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 200);
        const auto stolen = cb::test::httpRequest("GET", m_api.base.resolved(QUrl(QStringLiteral("/api/v1/me"))), {},
                                                  {{"Authorization", "Bearer " + token.toLatin1()},
                                                   {"X-Carebridge-Device", "someone-elses-laptop"}});
        QCOMPARE(stolen.status, 401);
        QCOMPARE(errorCode(stolen), QStringLiteral("session_ended"));
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 401); // ended for the real device too
    }

    void disablingAUserEndsTheirSessions()
    {
        const QString id = createStaff(QStringLiteral("clin.raj"), QStringLiteral("clinician"));
        const QString token = enrol(QStringLiteral("clin.raj")).value(QStringLiteral("token")).toString();
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 200);
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/staff/%1/disable").arg(id), {}, m_adminToken).status, 204);
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), token).status, 401);
    }

    void weakPasswordsAreRefusedWithAReason()
    {
        const auto created = m_api.post(QStringLiteral("/api/v1/staff"),
                                        {{QStringLiteral("username"), QStringLiteral("weak.one")},
                                         {QStringLiteral("display_name"), QStringLiteral("Weak One")},
                                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("nurse")}},
                                         {QStringLiteral("password"), QStringLiteral("password1234")}},
                                        m_adminToken);
        QCOMPARE(created.status, 422);
        QCOMPARE(errorCode(created), QStringLiteral("weak_password"));
        QVERIFY(!created.json()[QStringLiteral("error")].toObject()[QStringLiteral("message")].toString().isEmpty());
    }

    void logoutEndsTheSessionAndTheAuditChainHolds()
    {
        createStaff(QStringLiteral("logout.tester"), QStringLiteral("nurse"));
        const QString real = enrol(QStringLiteral("logout.tester")).value(QStringLiteral("token")).toString();
        QCOMPARE(m_api.post(QStringLiteral("/api/v1/me/logout"), {}, real).status, 204);
        QCOMPARE(m_api.get(QStringLiteral("/api/v1/me"), real).status, 401);

        const auto verify = m_api.get(QStringLiteral("/api/v1/audit/verify"), m_adminToken);
        QCOMPARE(verify.status, 200);
        QVERIFY(verify.json().value(QStringLiteral("intact")).toBool());
        QVERIFY(verify.json().value(QStringLiteral("events_checked")).toInt() > 20);
    }

    void aFloodOfPasswordStepsIsCutOff()
    {
        // This test runs last: it uses up 127.0.0.1's allowance for the next minute.
        int limited = 0;
        for (int i = 0; i < 40 && limited == 0; ++i) {
            const auto reply = m_api.post(QStringLiteral("/api/v1/login/password"),
                                          {{QStringLiteral("username"), QStringLiteral("flood%1").arg(i)},
                                           {QStringLiteral("password"), QStringLiteral("x")},
                                           {QStringLiteral("device_id"), QStringLiteral("d")}});
            if (reply.status == 429) {
                QCOMPARE(errorCode(reply), QStringLiteral("too_many_attempts"));
                limited = i;
            }
        }
        QVERIFY2(limited > 0 && limited <= 30, "the password step must be rate limited per address");
    }
};

QTEST_GUILESS_MAIN(TestIdentityApi)
#include "tst_identity_api.moc"
