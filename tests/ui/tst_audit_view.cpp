#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"
#include "ui/admin/admin_console.h"
#include "ui/admin/audit_model.h"
#include "ui/admin/audit_view.h"
#include "ui/admin/sessions_model.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using State = cb::client::SessionManager::State;
using cb::ui::AuditModel;

namespace {
const QString AdminPassword = QStringLiteral("violet otter juggles seven lanterns");
const QString NursePassword = QStringLiteral("granite meadow holds nine foxes");
constexpr int Views = 260; // more than one page of 200
} // namespace

// The audit trail tab against a real server and the WhatsApp sandbox: a nurse
// reads a patient's conversation many times; an admin signs in on the desktop,
// opens Administration → Audit trail, pages through the events newest first,
// filters, asks who accessed the patient, exports CSV and checks the chain.
class TestAuditView : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    std::unique_ptr<cb::test::DesktopFixture> m_desktop;
    QTemporaryDir m_exports;
    qint64 m_contactId = 0;
    qint64 m_conversationId = 0;
    cb::ui::AuditView *m_view = nullptr;

    template <typename T> T *child(const char *name) { return m_view->findChild<T *>(QLatin1String(name)); }
    AuditModel *model() { return m_view->model(); }
    QTableView *table() { return child<QTableView>("auditTable"); }

    // Clicks a button and waits for the first page of the new filters.
    void clickAndWait(const char *button)
    {
        child<QPushButton>(button)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && (model()->rowCount() > 0 || model()->atEnd()), 10000);
    }

    void setText(const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    QString cell(int row, int column, int role = Qt::DisplayRole)
    {
        return model()->data(model()->index(row, column), role).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_exports.isValid());
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.port = cb::test::freeLocalPort();
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("admin.alex"), QStringLiteral("admin"), AdminPassword), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), NursePassword), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));

        // A patient writes in; the nurse reads the conversation again and again.
        cb::test::ApiClient api{m_server.baseUrl()};
        const QString nurse =
            api.enrol(QStringLiteral("nina"), NursePassword, m_server.enrolmentCode(QStringLiteral("nina")))
                .value(QStringLiteral("token"))
                .toString();
        QVERIFY(!nurse.isEmpty());
        // The nurse's desktop has its event stream open when the patient writes.
        auto stream = std::make_unique<cb::test::EventStreamClient>();
        QVERIFY(stream->open(m_server.baseUrl(), nurse, QLatin1String(cb::test::ApiClient::DeviceId)));
        QVERIFY(m_sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("Is Tuesday ok?")));
        const auto conversationListed = [&] {
                const QJsonArray conversations =
                    api.get(QStringLiteral("/api/v1/inbox"), nurse).json().value(QStringLiteral("conversations")).toArray();
                if (conversations.isEmpty()) {
                    return false;
                }
                const QJsonObject conversation = conversations.first().toObject();
                m_conversationId = conversation.value(QStringLiteral("id")).toInteger();
                m_contactId = conversation.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
                return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(conversationListed(), 10000);
        QVERIFY(!stream->waitFor([](const QJsonObject &event) { return event.value(QStringLiteral("type")) == QLatin1String("event"); },
                                 10000).isEmpty());
        stream.reset(); // closing it writes what it carried to the audit trail
        QVERIFY(m_contactId > 0 && m_conversationId > 0);
        // An event about the contact itself (target contact:<id>), for the selected-row case.
        QVERIFY(m_sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("STOP")));
        const QString messages = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversationId);
        for (int i = 0; i < Views; ++i) {
            QCOMPARE(api.get(messages, nurse).status, 200);
        }

        // The admin signs in on the desktop, enrolling on the way.
        m_desktop = std::make_unique<cb::test::DesktopFixture>(m_server.baseUrl().toString());
        m_desktop->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_desktop->window));
        auto &session = m_desktop->session;
        session.submitPassword(QStringLiteral("admin.alex"), AdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::AwaitingCode, 10000);
        session.submitCode(m_server.enrolmentCode(QStringLiteral("admin.alex")));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::AwaitingEnrolment, 10000);
        session.submitEnrolmentCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(session.challenge().enrolmentKey)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 15000);
    }

    void adminOpensTheAuditTrailNewestFirst()
    {
        auto *open = m_desktop->window.findChild<QAction *>(QStringLiteral("adminConsole"));
        QTRY_VERIFY(open->isVisible() && open->isEnabled());
        open->trigger();
        cb::ui::AdminConsole *console = nullptr;
        QTRY_VERIFY((console = m_desktop->window.findChild<cb::ui::AdminConsole *>()) != nullptr);
        QTabWidget *tabs = console->tabs();
        int auditTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QStringLiteral("&Audit trail")) {
                auditTab = i;
            }
        }
        QVERIFY(auditTab >= 0);
        tabs->setCurrentIndex(auditTab);
        m_view = qobject_cast<cb::ui::AuditView *>(tabs->widget(auditTab));
        QVERIFY(m_view != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(console));

        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), cb::client::AuditService::PageSize, 10000);
        for (int row = 1; row < model()->rowCount(); ++row) {
            QVERIFY(model()->data(model()->index(row - 1, 0), AuditModel::SeqRole).toLongLong() >
                    model()->data(model()->index(row, 0), AuditModel::SeqRole).toLongLong());
        }
        // Local time shown; UTC kept and said in the tooltip.
        const qint64 atMs = model()->data(model()->index(0, AuditModel::Time), Qt::UserRole).toLongLong();
        QVERIFY(qAbs(atMs - QDateTime::currentMSecsSinceEpoch()) < 10 * 60 * 1000);
        QCOMPARE(cell(0, AuditModel::Time), cb::ui::localTime(atMs));
        QVERIFY(cell(0, AuditModel::Time, Qt::ToolTipRole).contains(QStringLiteral("UTC")));
        QVERIFY(child<QLabel>("auditStatus")->text().contains(QStringLiteral("scroll down")));
    }

    void scrollingLoadsOlderPages()
    {
        QVERIFY(model()->canFetchMore({}));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > cb::client::AuditService::PageSize, 10000);
        // The sign-in events come after the nurse's views: the oldest rows are the server's own start.
        while (model()->canFetchMore({}) || model()->isLoading()) {
            table()->scrollToBottom();
            QTest::qWait(20);
        }
        QVERIFY(model()->rowCount() > Views);
        QVERIFY(model()->atEnd());
        QVERIFY(child<QLabel>("auditStatus")->text().startsWith(QStringLiteral("All ")));
    }

    void filtersByEventTypeAndPerson()
    {
        setText("auditAction", QStringLiteral("conversation.v"));
        clickAndWait("auditApply");
        QTRY_VERIFY(model()->rowCount() >= cb::client::AuditService::PageSize);
        const QString nurse = cell(0, AuditModel::Person, Qt::UserRole);
        QVERIFY(nurse.startsWith(QStringLiteral("staff:")));
        // People by name, their id on hover (security review 3).
        QCOMPARE(cell(0, AuditModel::Person), QStringLiteral("nina"));
        QCOMPARE(cell(0, AuditModel::Person, Qt::ToolTipRole), nurse);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(cell(row, AuditModel::Action), QStringLiteral("conversation.view"));
            QCOMPARE(cell(row, AuditModel::Target, Qt::UserRole), QStringLiteral("conversation:%1").arg(m_conversationId));
            QVERIFY(!cell(row, AuditModel::Detail).contains(QStringLiteral("Tuesday"))); // no message content
        }

        // The person field takes a bare staff number too.
        child<QLineEdit>("auditAction")->clear();
        setText("auditPerson", nurse.mid(6));
        clickAndWait("auditApply");
        QCOMPARE(model()->filter().actor, nurse);
        QCOMPARE(model()->rowCount(), cb::client::AuditService::PageSize);
        table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd(), 10000);
        QStringList actions;
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(cell(row, AuditModel::Person, Qt::UserRole), nurse);
            actions << cell(row, AuditModel::Action);
        }
        QCOMPARE(actions.count(QStringLiteral("conversation.view")), Views);
        QVERIFY(actions.contains(QStringLiteral("inbox.snapshot"))); // the nurse's older events came with the second page

        // Today, in local days, holds every event.
        child<QCheckBox>("auditFromOn")->setChecked(true);
        child<QDateEdit>("auditFrom")->setDate(QDate::currentDate());
        child<QCheckBox>("auditToOn")->setChecked(true);
        child<QDateEdit>("auditTo")->setDate(QDate::currentDate());
        clickAndWait("auditApply");
        QVERIFY(model()->filter().fromMs && model()->filter().toMs);
        QCOMPARE(*model()->filter().fromMs, QDate::currentDate().startOfDay().toMSecsSinceEpoch());
        QVERIFY(model()->rowCount() > 0);
        child<QDateEdit>("auditTo")->setDate(QDate::currentDate().addDays(-1));
        child<QPushButton>("auditApply")->click();
        QTRY_VERIFY(child<QLabel>("auditMessage")->text().contains(QStringLiteral("after the To day")));
        child<QDateEdit>("auditFrom")->setDate(QDate::currentDate().addDays(-3));
        clickAndWait("auditApply");
        QVERIFY(model()->atEnd());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(child<QLabel>("auditStatus")->text(), QStringLiteral("No events match."));
        clickAndWait("auditClear");
        QVERIFY(model()->filter() == cb::client::AuditFilter{});
    }

    void whoAccessedThisPatient()
    {
        setText("auditPerson", QStringLiteral("system")); // cleared by the button
        setText("auditContact", QString::number(m_contactId));
        clickAndWait("auditWhoAccessed");
        QCOMPARE(model()->filter().contactId, m_contactId);
        QVERIFY(model()->filter().actor.isEmpty());
        QVERIFY(child<QLineEdit>("auditPerson")->text().isEmpty());
        QVERIFY(child<QLabel>("auditMessage")->text().contains(QString::number(m_contactId)));
        QCOMPARE(model()->rowCount(), cb::client::AuditService::PageSize);
        table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd(), 10000);
        int views = 0;
        int snapshots = 0;
        int streams = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString target = cell(row, AuditModel::Target, Qt::UserRole);
            const QString action = cell(row, AuditModel::Action);
            const bool listedOnAPage = target == QLatin1String("inbox") && action == QLatin1String("inbox.snapshot");
            const bool carriedByAStream = target.startsWith(QLatin1String("session:")) && action == QLatin1String("stream.delivered");
            streams += carriedByAStream;
            QVERIFY2(target == QStringLiteral("contact:%1").arg(m_contactId) ||
                         target == QStringLiteral("conversation:%1").arg(m_conversationId) ||
                         target.startsWith(QStringLiteral("message:")) || listedOnAPage || carriedByAStream,
                     qPrintable(target));
            snapshots += listedOnAPage;
            views += cell(row, AuditModel::Action) == QStringLiteral("conversation.view");
        }
        QCOMPARE(views, Views);
        QVERIFY(snapshots > 0); // the nurse's inbox pages that listed her count as reads of her
        QCOMPARE(streams, 1);   // and so does the event stream that carried her message

        // The selected event about a contact wins over the field.
        setText("auditAction", QStringLiteral("contact.opt_out"));
        child<QLineEdit>("auditContact")->clear();
        clickAndWait("auditApply");
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, AuditModel::Target, Qt::UserRole), QStringLiteral("contact:%1").arg(m_contactId));
        QCOMPARE(cell(0, AuditModel::Target), QStringLiteral("Maria Lopez")); // the patient by name
        table()->selectRow(0);
        clickAndWait("auditWhoAccessed");
        QCOMPARE(model()->filter().contactId, m_contactId);
        QVERIFY(model()->filter().actionPrefix.isEmpty());
        QCOMPARE(child<QLineEdit>("auditContact")->text(), QString::number(m_contactId));

        // Without a contact, the button says what it needs.
        child<QLineEdit>("auditContact")->clear();
        table()->clearSelection();
        child<QPushButton>("auditWhoAccessed")->click();
        QVERIFY(child<QLabel>("auditMessage")->text().contains(QStringLiteral("contact number")));

        // The question an investigation asks first, with what it has: the patient's
        // phone number as people write it, or their name (security review 3).
        for (const QString &asked : {QStringLiteral("(555) 010-1001"), QStringLiteral("+1 555 010 1001"), QStringLiteral("maria lo")}) {
            setText("auditContact", asked);
            clickAndWait("auditWhoAccessed");
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 10000);
            table()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd(), 10000);
            int found = 0;
            for (int row = 0; row < model()->rowCount(); ++row) {
                found += cell(row, AuditModel::Action) == QStringLiteral("conversation.view");
            }
            QVERIFY2(found == Views, qPrintable(asked));
        }
        if (const QString folder = qEnvironmentVariable("CB_E2E_ARTIFACTS"); !folder.isEmpty()) {
            m_view->window()->grab().save(folder + QStringLiteral("/audit-who-accessed.png")); // for people to look at
        }
        // A number nobody has is said so, never shown as "nobody accessed".
        setText("auditContact", QStringLiteral("(555) 999-0000"));
        child<QPushButton>("auditWhoAccessed")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("auditMessage")->text().contains(QStringLiteral("No patient matches")), 10000);
        setText("auditContact", QString::number(m_contactId));
        clickAndWait("auditApply");
    }

    void exportsCsvWithItsAnchors()
    {
        const QString path = m_exports.filePath(QStringLiteral("patient.csv"));
        child<QPushButton>("auditExportCsv")->click();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<QFileDialog *>(QStringLiteral("auditExportDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("auditMessage")->text().contains(QStringLiteral("Saved the export")), 15000);
        QVERIFY(child<QLabel>("auditMessage")->text().contains(QStringLiteral("Every matching event is in it.")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("seq,at_ms,at_utc,actor,action,target,detail"));
        int rows = 0;
        bool format = false;
        bool key = false;
        bool checkpoint = false;
        for (const QByteArray &line : lines) {
            rows += line.contains("\"conversation.view\"");
            format = format || (line.startsWith("#format,carebridge-audit-export/1") && line.contains(",capped,false"));
            key = key || line.startsWith("#public_key,");
            checkpoint = checkpoint || line.startsWith("#checkpoint,");
        }
        QCOMPARE(rows, Views);
        QVERIFY(format && key && checkpoint);
    }

    void verifiesTheChain()
    {
        child<QPushButton>("auditVerify")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("auditMessage")->text().startsWith(QStringLiteral("The audit trail is intact")),
                                 10000);
    }

    void cleanupTestCase() { m_desktop.reset(); }
};

QTEST_MAIN(TestAuditView)
#include "tst_audit_view.moc"
