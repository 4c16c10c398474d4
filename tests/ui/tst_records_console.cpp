#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "ui/admin/admin_console.h"
#include "ui/admin/retention_view.h"
#include "ui/admin/canned_replies_view.h"
#include "ui/admin/conversation_picker.h"
#include "ui/admin/review_view.h"
#include "ui/admin/sessions_model.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");
// [retention] seconds: messages older than this are past the period.
constexpr int RetentionSeconds = 3;
} // namespace

// Retention and review through the console's widgets, against the real server
// and sandbox. An admin places a legal hold on one conversation, runs the dry run
// (the held conversation is not listed, its messages are counted as kept), purges
// after a confirmation that gives the counts (the held conversation survives),
// and releases the hold (the next dry run lists it). A compliance officer is
// refused a review with a short reason, opens one with a proper reason, and reads
// the thread read-only, a retraction marked, refreshed on demand.
class TestRecordsConsole : public QObject
{
    Q_OBJECT
private:
    cb::test::SandboxProcess m_sandbox;
    cb::test::ServerProcess m_server;
    cb::test::ApiClient m_api;
    QString m_nurse;
    qint64 m_old = 0;
    qint64 m_held = 0;

    static QString url(const QString &path) { return QStringLiteral("/api/v1/") + path; }
    template <typename T> static T *in(QObject *parent, const char *name) { return parent->findChild<T *>(QLatin1String(name)); }

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

    qint64 reply(qint64 conversation, const QString &clientId, const QString &text)
    {
        const auto sent = m_api.post(url(QStringLiteral("conversations/%1/messages").arg(conversation)),
                                     {{QStringLiteral("client_id"), clientId}, {QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("text"), text}},
                                     m_nurse);
        return sent.status == 202 ? sent.json().value(QStringLiteral("id")).toInteger() : 0;
    }

    // Signs `username` in at a new desktop (first sign-in: enrolment) and opens the console.
    std::unique_ptr<cb::test::DesktopFixture> signInAndOpenConsole(const QString &username)
    {
        auto desktop = std::make_unique<cb::test::DesktopFixture>(m_server.baseUrl().toString());
        desktop->window.show();
        if (!QTest::qWaitForWindowExposed(&desktop->window)) {
            return nullptr;
        }
        auto &session = desktop->session;
        session.submitPassword(username, Password);
        if (!QTest::qWaitFor([&] { return session.state() == State::AwaitingCode; }, 10000)) {
            return nullptr;
        }
        session.submitCode(m_server.enrolmentCode(username));
        if (!QTest::qWaitFor([&] { return session.state() == State::AwaitingEnrolment; }, 10000)) {
            return nullptr;
        }
        session.submitEnrolmentCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(session.challenge().enrolmentKey)));
        if (!QTest::qWaitFor([&] { return session.state() == State::Active; }, 15000)) {
            return nullptr;
        }
        desktop->window.findChild<QAction *>(QStringLiteral("adminConsole"))->trigger();
        if (!QTest::qWaitFor([&] { return desktop->window.findChild<cb::ui::AdminConsole *>() != nullptr; }, 5000)) {
            return nullptr;
        }
        return desktop;
    }

    static QTreeWidgetItem *rowFor(QTreeWidget *list, const QString &text, int column = 0)
    {
        const auto found = list->findItems(text, Qt::MatchExactly, column);
        return found.isEmpty() ? nullptr : found.first();
    }

    // Issue 21: an admin keeps the clinic's canned replies; PhiGuard refuses clinical text.
    void checkCannedReplies(cb::ui::AdminConsole *console)
    {
        auto *view = console->findChild<cb::ui::CannedRepliesView *>();
        QVERIFY(view != nullptr);
        console->tabs()->setCurrentWidget(view);
        auto *list = in<QTreeWidget>(view, "cannedRepliesList");
        auto *message = in<QLabel>(view, "cannedRepliesMessage");
        QTRY_VERIFY2(message->text().contains(QLatin1String("No canned replies yet")), qPrintable(message->text()));
        QVERIFY(!in<QPushButton>(view, "deleteCannedReply")->isEnabled());

        in<QPushButton>(view, "addCannedReply")->click();
        cb::ui::CannedReplyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<cb::ui::CannedReplyDialog *>()) != nullptr);
        QTest::keyClicks(in<QLineEdit>(dialog, "cannedReplyTitle"), QStringLiteral("results"));
        QTest::keyClicks(in<QPlainTextEdit>(dialog, "cannedReplyBody"), QStringLiteral("Your A1C was 8.2, take metformin 500 mg"));
        in<QPushButton>(dialog, "cannedReplyOk")->click();
        auto *refused = in<QLabel>(dialog, "cannedReplyMessage");
        QTRY_VERIFY2(refused->text().contains(QLatin1String("medical or identifying")), qPrintable(refused->text()));
        QVERIFY(dialog->isVisible()); // nothing typed is lost
        auto *body = in<QPlainTextEdit>(dialog, "cannedReplyBody");
        body->clear();
        QTest::keyClicks(body, QStringLiteral("Our front desk will call you back today."));
        auto *language = in<QComboBox>(dialog, "cannedReplyLanguage");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        in<QPushButton>(dialog, "cannedReplyOk")->click();
        QTRY_VERIFY(view->findChild<cb::ui::CannedReplyDialog *>() == nullptr);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("results"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("English"));

        // Deleted after a confirmation whose default is Cancel.
        list->setCurrentItem(list->topLevelItem(0));
        in<QPushButton>(view, "deleteCannedReply")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteCannedReply"))) != nullptr);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
            }
        }
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QTRY_VERIFY(message->text().contains(QLatin1String("was deleted")) || message->text().contains(QLatin1String("No canned replies")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        cb::test::ServerProcess::Options options;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder()) + "[retention]\nseconds = " + QByteArray::number(RetentionSeconds) + "\n";
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("adam"), QStringLiteral("admin"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("cora"), QStringLiteral("compliance"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        m_api.base = m_server.baseUrl();
        m_nurse = m_api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina"))).value(QStringLiteral("token")).toString();
        QVERIFY(!m_nurse.isEmpty());
        // Two patients wrote; both messages will be past the period by the dry run.
        m_old = conversationOf(QStringLiteral("15550401001"), QStringLiteral("Omar Old"), QStringLiteral("My old rash is back"));
        m_held = conversationOf(QStringLiteral("15550401002"), QStringLiteral("Hana Held"), QStringLiteral("Keep this one for the lawyers"));
        QVERIFY(m_old > 0 && m_held > 0 && m_old != m_held);
    }

    void anAdminHoldsChecksPurgesAndReleases()
    {
        auto desktop = signInAndOpenConsole(QStringLiteral("adam"));
        QVERIFY(desktop != nullptr);
        auto *console = desktop->window.findChild<cb::ui::AdminConsole *>();
        auto *view = console->findChild<cb::ui::RetentionView *>();
        QVERIFY(view != nullptr);
        QVERIFY(console->findChild<cb::ui::ReviewView *>() == nullptr); // review is compliance's alone
        const int tab = console->tabs()->indexOf(view);
        QCOMPARE(console->tabs()->tabText(tab), QStringLiteral("&Retention"));
        console->tabs()->setCurrentWidget(view);
        auto *holds = in<QTreeWidget>(view, "legalHolds");
        auto *due = in<QTreeWidget>(view, "retentionDue");
        auto *summary = in<QLabel>(view, "retentionSummary");
        auto *message = in<QLabel>(view, "retentionMessage");
        auto *purge = in<QPushButton>(view, "purgeRetention");
        QVERIFY(!purge->isHidden());
        QVERIFY(!purge->isEnabled()); // not before a dry run
        QTRY_COMPARE(holds->topLevelItemCount(), 0);

        // Place a hold on the second patient's conversation, found by name (issue 21:
        // not by its number); a patient and a reason are required.
        in<QPushButton>(view, "placeHold")->click();
        cb::ui::LegalHoldDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<cb::ui::LegalHoldDialog *>()) != nullptr);
        auto *target = in<QComboBox>(dialog, "holdTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("conversation")));
        QTest::keyClicks(in<QPlainTextEdit>(dialog, "holdReason"), QStringLiteral("Litigation 2026-7"));
        in<QPushButton>(dialog, "holdOk")->click();
        QVERIFY(in<QLabel>(dialog, "holdMessage")->text().contains(QLatin1String("Find the patient")));
        in<QPlainTextEdit>(dialog, "holdReason")->clear();
        auto *picker = in<cb::ui::ConversationPicker>(dialog, "holdPatient");
        QTest::keyClicks(picker->field(), QStringLiteral("hana"));
        QTRY_COMPARE(in<QListWidget>(dialog, "conversationPickerMatches")->count(), 1);
        QTest::keyClick(picker->field(), Qt::Key_Return);
        QCOMPARE(picker->conversationId(), m_held);
        QVERIFY(dialog->isVisible()); // Enter chose the patient; it did not submit the form
        in<QPushButton>(dialog, "holdOk")->click();
        QVERIFY(in<QLabel>(dialog, "holdMessage")->text().contains(QLatin1String("reason")));
        QTest::keyClicks(in<QPlainTextEdit>(dialog, "holdReason"), QStringLiteral("Litigation 2026-7"));
        in<QPushButton>(dialog, "holdOk")->click();
        QTRY_COMPARE(holds->topLevelItemCount(), 1);
        QTRY_VERIFY(view->findChild<cb::ui::LegalHoldDialog *>() == nullptr);
        QCOMPARE(holds->topLevelItem(0)->text(0), QStringLiteral("Hana Held's conversation"));
        QCOMPARE(holds->topLevelItem(0)->text(1), QStringLiteral("Litigation 2026-7"));
        QVERIFY(!holds->topLevelItem(0)->text(3).isEmpty());
        QVERIFY(message->text().contains(QLatin1String("placed")));

        // The dry run, once both messages are past the period.
        QTest::qWait(RetentionSeconds * 1000 + 1500);
        in<QPushButton>(view, "checkRetention")->click();
        QTRY_VERIFY(due->topLevelItemCount() > 0);
        QTreeWidgetItem *old = rowFor(due, QStringLiteral("Omar Old"));
        QVERIFY(old != nullptr);
        QCOMPARE(old->text(1), QStringLiteral("1")); // the patient's message
        QVERIFY(rowFor(due, QStringLiteral("Hana Held")) == nullptr);
        QCOMPARE(due->topLevelItemCount(), 1);
        QVERIFY2(summary->text().contains(QLatin1String("Would be purged: 1 message(s), in 1 conversation(s)")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("Kept by legal holds: 1 message(s)")), qPrintable(summary->text()));
        QVERIFY(in<QLabel>(view, "retentionPeriod")->text().contains(QLatin1String("Retention period: ")));
        QVERIFY(purge->isEnabled());

        // Purge…: a confirmation with the counts, Cancel the default; cancelling does nothing.
        purge->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = view->findChild<QMessageBox *>(QStringLiteral("retentionConfirm"))) != nullptr);
        QVERIFY2(confirm->text().contains(QLatin1String("1 message(s)")), qPrintable(confirm->text()));
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(view->findChild<QMessageBox *>(QStringLiteral("retentionConfirm")) == nullptr);
        QCOMPARE(thread(m_old).first().toObject().value(QStringLiteral("body")).toString(), QStringLiteral("My old rash is back"));

        purge->click();
        QTRY_VERIFY((confirm = view->findChild<QMessageBox *>(QStringLiteral("retentionConfirm"))) != nullptr);
        in<QPushButton>(confirm, "retentionConfirmYes")->click();
        QTRY_VERIFY2(message->text().startsWith(QLatin1String("Purged 1 message(s), in 1 conversation(s)")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QLatin1String("More remain")));
        // The old message is a tombstone; the held one is intact.
        const QJsonObject purged = thread(m_old).first().toObject();
        QCOMPARE(purged.value(QStringLiteral("body")).toString(), QString());
        QVERIFY(purged.value(QStringLiteral("purged_at_ms")).toInteger() > 0);
        QCOMPARE(thread(m_held).first().toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Keep this one for the lawyers"));
        // The view checks again by itself: nothing left but what the hold keeps.
        QTRY_VERIFY2(summary->text().contains(QLatin1String("Nothing is past the retention period.")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("Kept by legal holds: 1 message(s)")));
        QCOMPARE(due->topLevelItemCount(), 0);
        QVERIFY(!purge->isEnabled());

        // Release the hold, with a reason; the next dry run lists that conversation.
        auto *release = in<QPushButton>(view, "releaseHold");
        QVERIFY(!release->isEnabled());
        holds->setCurrentItem(holds->topLevelItem(0));
        QVERIFY(release->isEnabled());
        release->click();
        QTRY_VERIFY((dialog = view->findChild<cb::ui::LegalHoldDialog *>()) != nullptr);
        QVERIFY(in<QComboBox>(dialog, "holdTarget") == nullptr);
        QTest::keyClicks(in<QPlainTextEdit>(dialog, "holdReason"), QStringLiteral("Case settled"));
        in<QPushButton>(dialog, "holdOk")->click();
        QTRY_COMPARE(holds->topLevelItemCount(), 0);
        QVERIFY(message->text().contains(QLatin1String("released")));
        in<QPushButton>(view, "checkRetention")->click();
        QTRY_VERIFY(rowFor(due, QStringLiteral("Hana Held")) != nullptr);
        QCOMPARE(rowFor(due, QStringLiteral("Hana Held"))->text(1), QStringLiteral("1"));

        checkCannedReplies(console);
    }

    void aComplianceOfficerReviewsAConversation()
    {
        // A fresh conversation with a reply, and a reply retracted as misdirected.
        const qint64 conversation = conversationOf(QStringLiteral("15550401003"), QStringLiteral("Ines Review"), QStringLiteral("I never got my refund"));
        QVERIFY(conversation > 0);
        QVERIFY(reply(conversation, QStringLiteral("r-1"), QStringLiteral("Your refund was sent on Monday.")) > 0);
        const qint64 wrong = reply(conversation, QStringLiteral("r-2"), QStringLiteral("Your test results are ready."));
        QVERIFY(wrong > 0);
        QCOMPARE(m_api.post(url(QStringLiteral("messages/%1/retract").arg(wrong)), {{QStringLiteral("reason"), QStringLiteral("sent to the wrong patient")}},
                            m_nurse).status, 200);

        auto desktop = signInAndOpenConsole(QStringLiteral("cora"));
        QVERIFY(desktop != nullptr);
        auto *console = desktop->window.findChild<cb::ui::AdminConsole *>();
        // Compliance reads retention without the buttons that change it.
        auto *retention = console->findChild<cb::ui::RetentionView *>();
        QVERIFY(retention != nullptr);
        QVERIFY(in<QPushButton>(retention, "purgeRetention")->isHidden());
        QVERIFY(in<QPushButton>(retention, "placeHold")->isHidden());
        QVERIFY(in<QPushButton>(retention, "releaseHold")->isHidden());
        auto *view = console->findChild<cb::ui::ReviewView *>();
        QVERIFY(view != nullptr);
        QCOMPARE(console->tabs()->tabText(console->tabs()->indexOf(view)), QStringLiteral("Re&view"));
        console->tabs()->setCurrentWidget(view);
        auto *reviews = in<QTreeWidget>(view, "reviewsList");
        auto *messages = in<QTreeWidget>(view, "reviewMessages");
        QTRY_VERIFY(in<QLabel>(view, "reviewStatus")->text().contains(QLatin1String("no reviews")));

        // A reason too short is refused, and the dialog says how long it must be.
        in<QPushButton>(view, "openReview")->click();
        cb::ui::OpenReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<cb::ui::OpenReviewDialog *>()) != nullptr);
        QCOMPARE(in<QSpinBox>(dialog, "reviewMinutes")->value(), 60);
        // Issue 21: the patient is found by name, not by the conversation's number.
        auto *picker = in<cb::ui::ConversationPicker>(dialog, "reviewConversation");
        QTest::keyClicks(picker->field(), QStringLiteral("ines rev"));
        auto *matches = in<QListWidget>(dialog, "conversationPickerMatches");
        QTRY_COMPARE(matches->count(), 1);
        QVERIFY2(matches->item(0)->text().startsWith(QStringLiteral("Ines Review · last message ")), qPrintable(matches->item(0)->text()));
        QTest::keyClick(picker->field(), Qt::Key_Return);
        QCOMPARE(picker->conversationId(), conversation);
        QCOMPARE(picker->field()->text(), QStringLiteral("Ines Review"));
        QTest::keyClicks(in<QPlainTextEdit>(dialog, "reviewReason"), QStringLiteral("complaint"));
        in<QPushButton>(dialog, "openReviewOk")->click();
        auto *refused = in<QLabel>(dialog, "openReviewMessage");
        QTRY_VERIFY2(refused->text().contains(QLatin1String("at least 20 character(s)")), qPrintable(refused->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(reviews->topLevelItemCount(), 0);

        // A proper reason opens it for the default hour.
        auto *reason = in<QPlainTextEdit>(dialog, "reviewReason");
        reason->clear();
        QTest::keyClicks(reason, QStringLiteral("Complaint 2026-114: refund never received"));
        in<QPushButton>(dialog, "openReviewOk")->click();
        QTRY_VERIFY(view->findChild<cb::ui::OpenReviewDialog *>() == nullptr);
        QTRY_COMPARE(reviews->topLevelItemCount(), 1);
        QTreeWidgetItem *row = reviews->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Ines Review"));
        QCOMPARE(row->text(1), QStringLiteral("Complaint 2026-114: refund never received"));
        QCOMPARE(row->text(4), QStringLiteral("Open"));
        QCOMPARE(reviews->currentItem(), row);

        // The thread, read-only, in local time, the retraction marked with its reason.
        const QJsonArray truth = thread(conversation);
        QTRY_COMPARE(messages->topLevelItemCount(), 3);
        QCOMPARE(messages->topLevelItem(0)->text(0), cb::ui::localTime(truth.first().toObject().value(QStringLiteral("sent_at_ms")).toInteger()));
        QCOMPARE(messages->topLevelItem(0)->text(1), QStringLiteral("From the patient"));
        QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("I never got my refund"));
        QCOMPARE(messages->topLevelItem(1)->text(1), QStringLiteral("To the patient"));
        // What went to WhatsApp, the clinic's footer included.
        QVERIFY(messages->topLevelItem(1)->text(2).startsWith(QLatin1String("Your refund was sent on Monday.")));
        QVERIFY(messages->topLevelItem(1)->text(3).isEmpty());
        QVERIFY(messages->topLevelItem(2)->text(2).startsWith(QLatin1String("Your test results are ready.")));
        QVERIFY2(messages->topLevelItem(2)->text(3).startsWith(QLatin1String("Retracted by user")), qPrintable(messages->topLevelItem(2)->text(3)));
        QVERIFY(messages->topLevelItem(2)->text(3).endsWith(QLatin1String(": sent to the wrong patient")));
        QCOMPARE(messages->selectionMode(), QAbstractItemView::NoSelection);
        QVERIFY(in<QLabel>(view, "reviewStatus")->text().contains(QStringLiteral("Reading Ines Review's conversation")));

        // Refreshed on demand: a new message appears after Refresh.
        QVERIFY(m_sandbox.say(QStringLiteral("15550401003"), QStringLiteral("Ines Review"), QStringLiteral("Any news?")));
        QTRY_COMPARE(thread(conversation).size(), 4);
        QCOMPARE(messages->topLevelItemCount(), 3);
        in<QPushButton>(view, "refreshReview")->click();
        QTRY_COMPARE(messages->topLevelItemCount(), 4);
        QCOMPARE(messages->topLevelItem(3)->text(2), QStringLiteral("Any news?"));
        QCOMPARE(reviews->currentItem()->text(0), QStringLiteral("Ines Review"));
    }
};

QTEST_MAIN(TestRecordsConsole)
#include "tst_records_console.moc"
