#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "ui/composer.h"
#include "ui/conversation_list_model.h"
#include "ui/inbox_view.h"
#include "ui/thread_model.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

// A nurse's desktop against the real server and the sandbox: patients' messages
// appear live, replies go out and their ticks come back, PHI is stopped in the
// composer, and the outbox keeps a reply through a server outage and a lock.
class TestInboxDesktop : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    std::unique_ptr<cb::test::DesktopFixture> m_desktop;
    QString m_key;
    quint16 m_port = 0;

    cb::ui::InboxView *inbox() { return m_desktop->window.findChild<cb::ui::InboxView *>(); }

    int sentCount(const QString &text)
    {
        int count = 0;
        for (const QJsonValue &sent : m_sandbox.sent()) {
            count += sent.toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString().startsWith(text);
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_port = freePort();
        cb::test::ServerProcess::Options options;
        options.port = m_port;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::ApiClient api{m_server.baseUrl()};
        QVERIFY(!api.enrol(QStringLiteral("nina"), Password, &m_key).isEmpty());

        m_desktop = std::make_unique<cb::test::DesktopFixture>(m_server.baseUrl().toString());
        m_desktop->window.show();
        m_desktop->session.submitPassword(QStringLiteral("nina"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::AwaitingCode, 10000);
        m_desktop->session.submitCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_key, 30)));
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY(inbox() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.isLive(), 5000);
    }

    void patientMessageAppearsLive()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("Can I come on Tuesday?")));
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->rowCount(), 1, 2000);
        qInfo("webhook to desktop list: %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
        const QString row = inbox()->listModel()->data(inbox()->listModel()->index(0), Qt::DisplayRole).toString();
        QVERIFY(row.contains(QStringLiteral("Maria Lopez")));
        QVERIFY(row.contains(QStringLiteral("Can I come on Tuesday?")));
        // The window title never names a patient.
        QCOMPARE(m_desktop->window.windowTitle(), QStringLiteral("Carebridge"));
    }

    void replyGoesOutAndTicksComeBack()
    {
        inbox()->selectRow(0);
        QTRY_COMPARE(inbox()->threadModel()->rowCount(), 1);
        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Tuesday at 10 works."));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(QStringLiteral("Tuesday at 10 works.")), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->threadModel()->rowCount() == 2 &&
                                     inbox()->threadModel()->data(inbox()->threadModel()->index(1), cb::ui::ThreadModel::StateRole) ==
                                         QStringLiteral("read"),
                                 5000);
        QVERIFY(inbox()->threadModel()->data(inbox()->threadModel()->index(1), Qt::DisplayRole).toString().contains(QStringLiteral("✓✓ read")));
    }

    void phiIsStoppedInTheComposer()
    {
        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("Your A1C was 8.2, keep taking metformin 500 mg"));
        QPushButton *send = nullptr;
        for (auto *button : inbox()->composer()->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Send"))) {
                send = button;
            }
        }
        QVERIFY(send && !send->isEnabled());
        bool warned = false;
        for (auto *label : inbox()->composer()->findChildren<QLabel *>()) {
            warned |= label->text().contains(QStringLiteral("secure portal"));
        }
        QVERIFY(warned);
        editor->clear();
    }

    void outboxKeepsAReplyThroughAnOutageAndALock()
    {
        const qint64 conversation = inbox()->openConversationId();
        m_server.stop();
        m_desktop->inbox.sendText(conversation, QStringLiteral("Written while the server was down"));
        QTest::qWait(300);
        QCOMPARE(m_desktop->inbox.pending(conversation).size(), 1);
        // Lock: the cache closes and the service forgets everything in memory.
        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), State::Locked);
        QVERIFY(m_server.start());
        QCOMPARE(m_server.baseUrl().port(), int(m_port));
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(QStringLiteral("Written while the server was down")), 1, 15000);
        QTest::qWait(500);
        QCOMPARE(sentCount(QStringLiteral("Written while the server was down")), 1); // exactly once
        QVERIFY(m_desktop->inbox.pending(conversation).isEmpty());
    }
};

QTEST_MAIN(TestInboxDesktop)
#include "tst_inbox_desktop.moc"
