#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_certificate.h"
#include "tests/support/test_env.h"
#include "ui/inbox/composer.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/inbox_view.h"
#include "ui/inbox/thread_model.h"

#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QTranslator>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
const QString Patient = QStringLiteral("15550107007");
const QString OtherPatient = QStringLiteral("15550107008"); // the refusals' patient, on a server of their own
const QString NurseText = QStringLiteral("Your A1C was 8.2, keep taking metformin 500 mg twice a day");
const QString PatientText = QStringLiteral("Thank you. Here is the photo of the rash.");
const QString NurseReply = QStringLiteral("Thanks, that looks like a mild reaction: see you Tuesday.");

// The [portal] section: its own https listener on a port known before start.
QByteArray portalConfig(const QString &folder, quint16 port, const QByteArray &timers = {})
{
    const cb::test::TestCertificate cert = cb::test::TestCertificate::create(folder);
    return "[portal]\npublic_url = https://127.0.0.1:" + QByteArray::number(port) + "\nport = " + QByteArray::number(port) +
           "\ncertificate = " + cert.certificatePath.toUtf8() + "\nprivate_key = " + cert.privateKeyPath.toUtf8() + "\n" + timers;
}

// Runs a browser script from tests/e2e with Node; its TAP output goes to the test log.
QProcess *startBrowserScript(const QString &script, const QProcessEnvironment &environment, QObject *parent)
{
    auto *node = new QProcess(parent);
    node->setProcessEnvironment(environment);
    node->setWorkingDirectory(QStringLiteral(CB_E2E_DIR));
    node->setProcessChannelMode(QProcess::MergedChannels);
    node->start(QStringLiteral("node"), {script});
    return node;
}

bool finished(QProcess *node, int timeoutMs)
{
    const bool ended = node->waitForFinished(timeoutMs);
    const QByteArray output = node->readAll();
    qInfo().noquote() << output;
    return ended && node->exitStatus() == QProcess::NormalExit && node->exitCode() == 0;
}
} // namespace

// A nurse's desktop escalates a conversation whose reply PhiGuard refused; the
// patient, in Debian's Chromium on a phone-sized screen, opens the link from
// the sandbox's WhatsApp, verifies with the code and reads the answer; the
// conversation goes on in the same inbox thread, both ways. Then every refusal
// the portal has, against a server with short timers. (Label e2e.)
class TestPortalEscalation : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    std::unique_ptr<cb::test::DesktopFixture> m_desktop;
    QString m_key;

    cb::ui::InboxView *inbox() { return m_desktop->window.findChild<cb::ui::InboxView *>(); }

    QProcessEnvironment browserEnvironment(const cb::test::ServerProcess &server, const QString &token, std::int64_t conversation)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CB_PORTAL_URL"), server.portalUrl().toString());
        environment.insert(QStringLiteral("CB_SANDBOX_URL"), m_sandbox.url().toString(QUrl::StripTrailingSlash));
        environment.insert(QStringLiteral("CB_SANDBOX_TOKEN"), QLatin1String(cb::test::SandboxProcess::ControlToken));
        environment.insert(QStringLiteral("CB_PATIENT_WA_ID"), Patient);
        environment.insert(QStringLiteral("CB_API_URL"), server.baseUrl().toString(QUrl::StripTrailingSlash));
        environment.insert(QStringLiteral("CB_API_TOKEN"), token);
        environment.insert(QStringLiteral("CB_API_DEVICE"), QLatin1String(cb::test::ApiClient::DeviceId));
        environment.insert(QStringLiteral("CB_CONVERSATION_ID"), QString::number(conversation));
        environment.insert(QStringLiteral("CB_SERVER_LOG_DIR"), server.dataDir() + QStringLiteral("/logs"));
        // The scripts' own fetch() talks to the portal's self-signed test certificate.
        environment.insert(QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED"), QStringLiteral("0"));
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + portalConfig(m_server.folder(), cb::test::freeLocalPort());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QByteArray output;
        QVERIFY2(m_server.start(&output), output.constData());
        QVERIFY(m_server.portalUrl().isValid());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::ApiClient api{m_server.baseUrl()};
        QVERIFY(!api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina")), &m_key).isEmpty());

        m_desktop = std::make_unique<cb::test::DesktopFixture>(m_server.baseUrl().toString());
        m_desktop->window.show();
        m_desktop->session.submitPassword(QStringLiteral("nina"), Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::AwaitingCode, 10000);
        m_desktop->session.submitCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_key, 30)));
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY(inbox() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.isLive(), 5000);
        QVERIFY(m_desktop->inbox.portalEnabled());
    }

    void refusedReplyEscalatesAndTheConversationGoesOn()
    {
        QVERIFY(m_sandbox.say(Patient, QStringLiteral("Maria Lopez"), QStringLiteral("What did my blood test say?")));
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->rowCount(), 1, 5000);
        inbox()->selectRow(0);
        const std::int64_t conversation = inbox()->openConversationId();
        QVERIFY(conversation > 0);
        cb::ui::Composer *composer = inbox()->composer();
        auto *editor = composer->findChild<QPlainTextEdit *>();
        QTest::keyClicks(editor, NurseText);

        // PhiGuard refuses it for WhatsApp and offers the portal: one click.
        QPushButton *escalate = nullptr;
        for (auto *candidate : composer->findChildren<QPushButton *>()) {
            if (candidate->text().contains(QStringLiteral("Escalate"))) {
                escalate = candidate;
            }
        }
        QVERIFY(escalate && escalate->isVisible() && escalate->isEnabled());
        escalate->click();
        QTRY_VERIFY_WITH_TIMEOUT(composer->portalSelected(), 5000);
        QCOMPARE(composer->draft(), NurseText); // kept, offered as the first secure message
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->findChild<QLabel *>(QStringLiteral("portalState"))->text().contains(QStringLiteral("link sent")), 5000);

        composer->send();
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.pending(conversation).isEmpty(), 5000);
        // Nothing clinical ever reached WhatsApp: only the link.
        for (const QJsonValue &sent : m_sandbox.sent()) {
            QVERIFY(!QJsonDocument(sent.toObject()).toJson().contains("metformin"));
        }

        // A note for colleagues: it must never reach the patient's portal.
        m_desktop->inbox.addNote(conversation, QStringLiteral("Internal: anxious about the results"));
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.pending(conversation).isEmpty(), 5000);

        // The patient's side, in the browser, while this desktop answers.
        QProcessEnvironment environment = browserEnvironment(m_server, {}, conversation);
        environment.insert(QStringLiteral("CB_NURSE_TEXT"), NurseText);
        environment.insert(QStringLiteral("CB_PATIENT_TEXT"), PatientText);
        environment.insert(QStringLiteral("CB_NURSE_REPLY"), NurseReply);
        environment.insert(QStringLiteral("CB_NOT_ON_PORTAL"), QStringLiteral("What did my blood test say?|Internal: anxious about the results"));
        QProcess *browser = startBrowserScript(QStringLiteral("portal_flow.mjs"), environment, this);

        auto threadHas = [&](const QString &text) {
            for (int row = 0; row < inbox()->threadModel()->rowCount(); ++row) {
                if (inbox()->threadModel()->data(inbox()->threadModel()->index(row), Qt::DisplayRole).toString().contains(text)) {
                    return true;
                }
            }
            return false;
        };
        // The patient's answer and photo join the same thread, with the portal badge.
        QTRY_VERIFY_WITH_TIMEOUT(threadHas(PatientText) || browser->state() == QProcess::NotRunning, 60000);
        if (!threadHas(PatientText)) {
            finished(browser, 1000); // its output says where the patient got stuck
        }
        QVERIFY2(threadHas(PatientText), "the patient's portal message never reached the desktop");
        QTRY_VERIFY_WITH_TIMEOUT(threadHas(QStringLiteral("rash.png")), 10000); // the photo, as a chip with its name
        QVERIFY(threadHas(QStringLiteral("Secure portal")));
        composer->usePortal();
        QTest::keyClicks(editor, NurseReply);
        composer->send();
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.pending(conversation).isEmpty() && threadHas(NurseReply), 5000);
        // A file from the workstation into the portal (the patient's script waits for it).
        QTemporaryDir files;
        QFile pdf(files.filePath(QStringLiteral("after-visit.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        pdf.close();
        QString problem;
        QVERIFY2(m_desktop->inbox.attachToPortal(conversation, pdf.fileName(), &problem), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(threadHas(QStringLiteral("after-visit.pdf")), 5000);
        QVERIFY2(finished(browser, 120000), "the browser script failed (see its output above)");
        // The patient's page showed the nurse's reply: the nurse sees it was read.
        const auto readRow = [&] {
            for (int row = 0; row < inbox()->threadModel()->rowCount(); ++row) {
                const QString shown = inbox()->threadModel()->data(inbox()->threadModel()->index(row), Qt::DisplayRole).toString();
                if (shown.contains(NurseReply)) {
                    return shown.contains(QStringLiteral("✓✓ Read in the portal"));
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readRow(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->findChild<QLabel *>(QStringLiteral("portalState"))->text().contains(QStringLiteral("verified")), 5000);
        // What the nurse sees, kept with the browser's screenshots when asked for.
        if (const QString artifacts = qEnvironmentVariable("CB_E2E_ARTIFACTS"); !artifacts.isEmpty()) {
            m_desktop->window.resize(1024, 720);
            cb::ui::theme::applyAppearance(cb::ui::theme::Appearance::Light);
            QTest::qWait(200);
            QVERIFY(m_desktop->window.grab().save(artifacts + QStringLiteral("/desktop-portal-thread.png")));
            cb::ui::theme::applyAppearance(cb::ui::theme::Appearance::Dark);
            QTest::qWait(200);
            QVERIFY(m_desktop->window.grab().save(artifacts + QStringLiteral("/desktop-portal-thread-dark.png")));
            cb::ui::theme::applyAppearance(cb::ui::theme::Appearance::System);
        }
    }

    // Issue 21: nothing may force the window past a 1,024 px screen, in any
    // composer mode, in English or Spanish (it grew to 1,158 px in Spanish).
    void windowFitsA1024ScreenInEveryComposerModeInBothLanguages()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("carebridge"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        for (const bool inSpanish : {false, true}) {
            if (inSpanish) {
                QCoreApplication::installTranslator(&spanish);
                // The workspace is rebuilt at unlock, now in Spanish.
                m_desktop->session.lock(QStringLiteral("manual"));
                QTRY_COMPARE(m_desktop->session.state(), cb::client::SessionManager::State::Locked);
                m_desktop->session.unlock(Password);
                QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), cb::client::SessionManager::State::Active, 15000);
                QTRY_VERIFY_WITH_TIMEOUT(inbox() && inbox()->listModel()->rowCount() == 1, 10000);
                inbox()->selectRow(0);
            }
            cb::ui::Composer *composer = inbox()->composer();
            auto *editor = composer->findChild<QPlainTextEdit *>();
            auto *note = composer->findChild<QCheckBox *>();
            auto *channel = composer->findChild<QComboBox *>();
            QCOMPARE(note->text(), inSpanish ? QStringLiteral("&Nota interna") : QStringLiteral("Internal &note"));
            auto *views = inbox()->findChild<QTabBar *>(QStringLiteral("views"));
            const auto requireFits = [&](const char *mode) {
                QCoreApplication::processEvents();
                const int width = m_desktop->window.minimumSizeHint().width();
                const QString where = QStringLiteral("%1, %2").arg(inSpanish ? QStringLiteral("Spanish") : QStringLiteral("English"),
                                                                   QLatin1String(mode));
                QVERIFY2(width <= 1024, qPrintable(QStringLiteral("%1: the window needs %2 px").arg(where).arg(width)));
                // At its smallest, every view tab is still in sight (no scroll arrows hiding "@").
                m_desktop->window.resize(m_desktop->window.minimumSizeHint().width(), 720);
                QCoreApplication::processEvents();
                QTRY_VERIFY2(views->width() >= views->sizeHint().width(),
                             qPrintable(QStringLiteral("%1: the views need %2 px, have %3").arg(where).arg(views->sizeHint().width()).arg(views->width())));
            };
            channel->setCurrentIndex(0);
            editor->setPlainText(QStringLiteral("See you Tuesday"));
            requireFits("WhatsApp");
            editor->setPlainText(NurseText); // PhiGuard's warning and its button
            requireFits("WhatsApp, refused");
            note->setChecked(true);
            requireFits("internal note");
            note->setChecked(false);
            composer->usePortal();
            requireFits("secure portal");
            editor->clear();
            channel->setCurrentIndex(0);
        }
        QCoreApplication::removeTranslator(&spanish);
        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), cb::client::SessionManager::State::Locked);
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), cb::client::SessionManager::State::Active, 15000);
    }

    void everyRefusalInTheBrowser()
    {
        // Short timers so expiry and the idle timeout happen within the test.
        cb::test::ServerProcess server;
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(server.folder()) +
                              portalConfig(server.folder(), cb::test::freeLocalPort(), "invitation_seconds = 8\nidle_seconds = 6\n");
        server.writeConfig(options);
        QCOMPARE(server.init(), 0);
        QCOMPARE(server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QByteArray output;
        QVERIFY2(server.start(&output), output.constData());
        QVERIFY(m_sandbox.setWebhook(server.baseUrl()));
        cb::test::ApiClient api{server.baseUrl()};
        const QJsonObject signIn = api.enrol(QStringLiteral("nina"), Password, server.enrolmentCode(QStringLiteral("nina")));
        const QString token = signIn.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(m_sandbox.say(OtherPatient, QStringLiteral("Maria Lopez"), QStringLiteral("Hello again")));
        std::int64_t conversation = 0;
        QTRY_VERIFY_WITH_TIMEOUT((conversation = api.get(QStringLiteral("/api/v1/inbox"), token).json()
                                                     .value(QStringLiteral("conversations")).toArray().first().toObject()
                                                     .value(QStringLiteral("id")).toInteger()) > 0, 5000);
        QProcess *browser = startBrowserScript(QStringLiteral("portal_refusals.mjs"), [&] {
            QProcessEnvironment environment = browserEnvironment(server, token, conversation);
            environment.insert(QStringLiteral("CB_PATIENT_WA_ID"), OtherPatient);
            environment.insert(QStringLiteral("CB_IDLE_SECONDS"), QStringLiteral("6"));
            environment.insert(QStringLiteral("CB_INVITATION_SECONDS"), QStringLiteral("8"));
            return environment;
        }(), this);
        QVERIFY2(finished(browser, 150000), "the browser script failed (see its output above)");
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
    }
};

QTEST_MAIN(TestPortalEscalation)
#include "tst_portal_escalation.moc"
