#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

#include <QJsonArray>
#include <QtTest>

#include <cstdio>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
const QString Reply = QStringLiteral("Written just before the desktop was killed");

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fflush(stdout);
}

// The desktop that gets killed: a separate process sharing the test's folder
// and keychain. It signs in, waits for the word, queues a reply while the
// server is down, says so, and waits to be killed.
int runDesktopToKill()
{
    cb::test::DesktopFixture desktop(qEnvironmentVariable("CB_CHILD_URL"), qEnvironmentVariable("CB_CHILD_FOLDER"));
    desktop.session.submitPassword(QStringLiteral("nina"), Password);
    if (!QTest::qWaitFor([&] { return desktop.session.state() == State::AwaitingCode; }, 10000)) {
        return 2;
    }
    desktop.session.submitCode(qEnvironmentVariable("CB_CHILD_CODE"));
    if (!QTest::qWaitFor([&] {
            return desktop.session.state() == State::Active && desktop.inbox.cache() &&
                   !desktop.inbox.cache()->conversations(cb::client::InboxView::All, 0, {}, 1, 0).isEmpty();
        }, 15000)) {
        return 3;
    }
    const qint64 conversation = desktop.inbox.cache()->conversations(cb::client::InboxView::All, 0, {}, 1, 0).first().id;
    say("ready\n");
    QTextStream(stdin).readLine(); // the parent has stopped the server
    desktop.inbox.sendText(conversation, Reply);
    QTest::qWait(300); // the send fails: the server is down
    if (desktop.inbox.pending(conversation).size() != 1) {
        return 4;
    }
    say("queued\n");
    QTest::qWait(120000);
    return 5; // never reached: the parent kills us
}
} // namespace

// "The outbox survives a killed desktop": a reply queued in one desktop process
// that is then killed with SIGKILL goes out exactly once from the next one.
class TestOutboxSurvivesKill : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    QString m_key;
    QStringList m_recoveryCodes;

    int sentCount()
    {
        int count = 0;
        for (const QJsonValue &sent : m_sandbox.sent()) {
            count += sent.toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString().startsWith(Reply);
        }
        return count;
    }

    static bool waitForLine(QProcess &process, const QByteArray &line, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return process.canReadLine() && process.readLine().trimmed() == line; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::ApiClient api{m_server.baseUrl()};
        const QJsonObject signedIn = api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina")), &m_key);
        for (const QJsonValue &code : signedIn.value(QStringLiteral("recovery_codes")).toArray()) {
            m_recoveryCodes << code.toString();
        }
        QVERIFY(!m_key.isEmpty() && !m_recoveryCodes.isEmpty());
        QVERIFY(m_sandbox.say(QStringLiteral("15550109001"), QStringLiteral("Kill Tester"), QStringLiteral("are you open Saturday?")));
    }

    void replyQueuedBeforeAKillGoesOutOnceFromTheNextDesktop()
    {
        QTemporaryDir shared;
        QProcess doomed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CB_DESKTOP_TO_KILL"), QStringLiteral("1"));
        env.insert(QStringLiteral("CB_CHILD_URL"), m_server.baseUrl().toString());
        env.insert(QStringLiteral("CB_CHILD_FOLDER"), shared.path());
        // The enrolment used this time step's code; the next one is still valid.
        env.insert(QStringLiteral("CB_CHILD_CODE"), QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_key, 30)));
        doomed.setProcessEnvironment(env);
        doomed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        doomed.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(waitForLine(doomed, "ready", 30000), "the first desktop did not sign in");

        m_server.stop();
        doomed.write("go\n");
        QVERIFY2(waitForLine(doomed, "queued", 10000), "the first desktop did not queue the reply");
        doomed.kill(); // SIGKILL: no destructors, no flush, no goodbye
        QVERIFY(doomed.waitForFinished(5000));
        QCOMPARE(doomed.exitStatus(), QProcess::CrashExit);
        QCOMPARE(sentCount(), 0);

        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::DesktopFixture next(m_server.baseUrl().toString(), shared.path());
        next.session.submitPassword(QStringLiteral("nina"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(next.session.state(), State::AwaitingCode, 10000);
        next.session.submitCode(m_recoveryCodes.first());
        QTRY_COMPARE_WITH_TIMEOUT(next.session.state(), State::Active, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 1, 15000);
        QTest::qWait(500);
        QCOMPARE(sentCount(), 1); // exactly once
        const qint64 conversation = next.inbox.cache()->conversations(cb::client::InboxView::All, 0, {}, 1, 0).first().id;
        QTRY_VERIFY(next.inbox.pending(conversation).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CB_DESKTOP_TO_KILL")) {
        return runDesktopToKill();
    }
    TestOutboxSurvivesKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox_survives_kill.moc"
