#include "desktop_fixture.h"
#include "tests/support/api_client.h"
#include "tests/support/event_stream_client.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"
#include "ui/inbox/composer.h"
#include "ui/inbox/consent_dialog.h"
#include "ui/inbox/image_viewer.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/inbox_view.h"
#include "ui/inbox/presence_line.h"
#include "ui/inbox/reply_editor.h"
#include "ui/inbox/snooze_times.h"
#include "ui/inbox/thread_model.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QLineEdit>
#include <QPointer>
#include <QJsonDocument>
#include <QAbstractItemView>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString Password = QStringLiteral("violet otter juggles seven lanterns");

QPushButton *button(QWidget *parent, const QString &text)
{
    for (auto *candidate : parent->findChildren<QPushButton *>()) {
        if (candidate->text() == text) {
            return candidate;
        }
    }
    qFatal("no button %s", qPrintable(text));
}

bool labelContaining(QWidget *parent, const QString &text)
{
    for (auto *label : parent->findChildren<QLabel *>()) {
        if (label->text().contains(text)) {
            return true;
        }
    }
    return false;
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
    QString m_adminToken;
    QString m_franToken; // Fran (front desk) on her own workstation, through the API
    quint16 m_port = 0;

    cb::ui::InboxView *inbox() { return m_desktop->window.findChild<cb::ui::InboxView *>(); }

    // The audit trail's events of one action, as the admin reads them.
    QJsonArray auditEvents(const QString &action) const
    {
        const cb::test::ApiClient api{m_server.baseUrl()};
        return api.get(QStringLiteral("/api/v1/audit/events?limit=500&action=") + action, m_adminToken)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    int sentCount(const QString &text)
    {
        int count = 0;
        for (const QJsonValue &sent : m_sandbox.sent()) {
            count += sent.toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString().startsWith(text);
        }
        return count;
    }

private slots:
    // A failed check leaves the workspace as it was; without this, its search or
    // view would make every later test fail too and hide which one really did.
    void cleanup()
    {
        if (QTest::currentTestFailed() && inbox() != nullptr) {
            inbox()->findChild<QLineEdit *>(QStringLiteral("search"))->clear();
            inbox()->findChild<QTabBar *>(QStringLiteral("views"))->setCurrentIndex(3); // All
        }
    }

    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_port = cb::test::freeLocalPort();
        cb::test::ServerProcess::Options options;
        options.port = m_port;
        options.extraConfig = m_sandbox.serverConfig(m_server.folder());
        m_server.writeConfig(options);
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("nina"), QStringLiteral("nurse"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("fran"), QStringLiteral("front_desk"), Password), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("ada"), QStringLiteral("admin"), Password), 0);
        QVERIFY(m_server.start());
        QVERIFY(m_sandbox.setWebhook(m_server.baseUrl()));
        cb::test::ApiClient api{m_server.baseUrl()};
        m_adminToken = api.enrol(QStringLiteral("ada"), Password, m_server.enrolmentCode(QStringLiteral("ada")))
                           .value(QStringLiteral("token"))
                           .toString();
        QVERIFY(!m_adminToken.isEmpty());
        QVERIFY(!api.enrol(QStringLiteral("nina"), Password, m_server.enrolmentCode(QStringLiteral("nina")), &m_key).isEmpty());

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
        // The first reply carries the clinic's notice: shown before sending, not a surprise after.
        auto *notice = inbox()->composer()->findChild<QLabel *>(QStringLiteral("firstReplyNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("uses WhatsApp only for reminders and links")), qPrintable(notice->text()));
        const QString shownNotice = notice->text().section(QStringLiteral("“"), 1).chopped(1);
        auto *note = inbox()->composer()->findChild<QCheckBox *>();
        note->setChecked(true); // a note never goes to the patient: no notice
        QVERIFY(!notice->isVisible());
        note->setChecked(false);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(QStringLiteral("Tuesday at 10 works.")), 1, 5000);
        // What the patient got is what the composer said; the next reply goes without it.
        QString sentBody;
        for (const QJsonValue &sent : m_sandbox.sent()) {
            const QString body = sent.toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
            if (body.startsWith(QStringLiteral("Tuesday at 10 works."))) {
                sentBody = body;
            }
        }
        QVERIFY2(!shownNotice.isEmpty() && sentBody.endsWith(shownNotice), qPrintable(sentBody));
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->threadModel()->rowCount() == 2 &&
                                     inbox()->threadModel()->data(inbox()->threadModel()->index(1), cb::ui::ThreadModel::StateRole) ==
                                         QStringLiteral("read"),
                                 5000);
        const QModelIndex reply = inbox()->threadModel()->index(1);
        QCOMPARE(reply.data(cb::ui::ThreadModel::StatusRole).toString(), QStringLiteral("✓✓ Read"));
        // Who wrote it, with the role (the server's colleague directory): never an anonymous "us".
        QTRY_COMPARE(reply.data(cb::ui::ThreadModel::AuthorRole).toString(), QStringLiteral("nina, Nurse"));
        QCOMPARE(inbox()->threadModel()->index(0).data(cb::ui::ThreadModel::AuthorRole).toString(), QString()); // the patient's
        const QString spoken = reply.data(Qt::DisplayRole).toString();
        QVERIFY2(spoken.startsWith(QLatin1String("nina, Nurse: Tuesday at 10 works.")) && spoken.contains(QStringLiteral("✓✓ Read")),
                 qPrintable(spoken));
    }

    // Collision warning: Fran (front desk, on her own workstation's stream) and
    // Nina's desktop see each other in the same conversation, viewing and typing,
    // and Nina's line clears when Fran goes.
    void colleaguesSeeWhoElseIsViewingAndTyping()
    {
        const cb::test::ApiClient api{m_server.baseUrl()};
        m_franToken = api.enrol(QStringLiteral("fran"), Password, m_server.enrolmentCode(QStringLiteral("fran")))
                          .value(QStringLiteral("token")).toString();
        const QString fran = m_franToken;
        QVERIFY(!fran.isEmpty());
        const std::int64_t open = inbox()->openConversationId();
        QVERIFY(open > 0);
        auto *line = inbox()->findChild<cb::ui::PresenceLine *>();
        QVERIFY(line && line->isHidden());

        cb::test::EventStreamClient franStream;
        QVERIFY(franStream.open(m_server.baseUrl(), fran, QLatin1String(cb::test::ApiClient::DeviceId)));
        // Fran's desktop is told at once that Nina has this conversation open.
        const auto ninaIn = [open](const QString &state) {
            return [open, state](const QJsonObject &m) {
                return m.value(QStringLiteral("type")) == QLatin1String("presence") &&
                       m.value(QStringLiteral("conversation")).toInteger() == open && m.value(QStringLiteral("state")) == state;
            };
        };
        QVERIFY(!franStream.waitFor(ninaIn(QStringLiteral("viewing"))).isEmpty());

        const auto say = [&](const char *state) {
            franStream.socket().sendTextMessage(QStringLiteral("{\"type\":\"presence\",\"conversation\":%1,\"state\":\"%2\"}")
                                                    .arg(open).arg(QLatin1String(state)));
        };
        say("viewing");
        QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 3000);
        QCOMPARE(line->text(), QStringLiteral("fran, Front desk is also viewing this conversation"));
        say("typing"); // within the relay's 250 ms gap: it goes out when the gap ends

        QTRY_COMPARE_WITH_TIMEOUT(line->text(), QStringLiteral("fran, Front desk is typing…"), 3000);
        if (const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QVERIFY(inbox()->window()->grab().save(QDir(folder).filePath(QStringLiteral("collision-warning.png"))));
            cb::ui::theme::applyAppearance(cb::ui::theme::Appearance::Dark);
            QTest::qWait(100); // the palette reaches every widget
            QVERIFY(inbox()->window()->grab().save(QDir(folder).filePath(QStringLiteral("collision-warning-dark.png"))));
            cb::ui::theme::applyAppearance(cb::ui::theme::Appearance::Light);
        }

        // Nina types: Fran's stream hears it, once for a burst of keys.
        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("On it"));
        QVERIFY(!franStream.waitFor(ninaIn(QStringLiteral("typing"))).isEmpty());
        int typingSaid = 0;
        for (const QJsonObject &m : franStream.received()) {
            typingSaid += ninaIn(QStringLiteral("typing"))(m) ? 1 : 0;
        }
        QCOMPARE(typingSaid, 1);
        editor->clear();

        // A conversation that does not exist, or a made-up state, changes nothing.
        franStream.socket().sendTextMessage(QStringLiteral("{\"type\":\"presence\",\"conversation\":999999,\"state\":\"viewing\"}"));
        franStream.socket().sendTextMessage(QStringLiteral("{\"type\":\"presence\",\"conversation\":%1,\"state\":\"shouting\"}").arg(open));
        QTest::qWait(600);
        QCOMPARE(line->text(), QStringLiteral("fran, Front desk is typing…"));

        // Fran's stream closes (her workstation locks): Nina's warning goes.
        franStream.socket().close();
        QTRY_VERIFY_WITH_TIMEOUT(line->isHidden(), 3000);
    }

    // @mentions both ways: Nina's "@" offers colleagues in a note and saving it
    // tells Fran; Fran's note naming Nina lands in Nina's Mentions view, counted
    // until she opens the conversation.
    void mentionsTellAColleagueAndFillTheirView()
    {
        const cb::test::ApiClient api{m_server.baseUrl()};
        const std::int64_t open = inbox()->openConversationId();
        auto *editor = inbox()->composer()->findChild<cb::ui::ReplyEditor *>();
        auto *note = inbox()->composer()->findChild<QCheckBox *>();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("@fr")); // not a note yet: "@" offers nobody
        QVERIFY(!editor->cannedRepliesShown());
        editor->clear();
        note->setChecked(true);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("@fr"));
        QTRY_VERIFY(editor->cannedRepliesShown());
        auto *people = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
        QVERIFY(people && people->model()->rowCount() == 1); // Fran (not Nina herself, not Ada: she reads no threads)
        QCOMPARE(people->model()->index(0, 0).data().toString(), QStringLiteral("fran, Front desk"));
        if (const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QVERIFY(inbox()->window()->grab().save(QDir(folder).filePath(QStringLiteral("mention-composer.png"))));
            QVERIFY(people->grab().save(QDir(folder).filePath(QStringLiteral("mention-popup.png"))));
        }
        QTest::keyClick(people, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("can you book her in?"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("@fran can you book her in?"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        const auto mentionsOf = [&](const QString &token) {
            return api.get(QStringLiteral("/api/v1/inbox"), token).json().value(QStringLiteral("mentions")).toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(mentionsOf(m_franToken).size(), 1, 5000);
        QCOMPARE(mentionsOf(m_franToken).first().toObject().value(QStringLiteral("conversation_id")).toInteger(), open);
        note->setChecked(false);

        // Fran answers in a note naming Nina: Nina's Mentions tab counts it, and lists it.
        auto *views = inbox()->findChild<QTabBar *>(QStringLiteral("views"));
        QCOMPARE(views->tabText(4), QStringLiteral("@"));
        const std::int64_t ninaId = m_desktop->inbox.myId();
        QCOMPARE(api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(open),
                          {{QStringLiteral("client_id"), QStringLiteral("fran-note-1")}, {QStringLiteral("kind"), QStringLiteral("note")},
                           {QStringLiteral("text"), QStringLiteral("@nina booked for Tuesday")},
                           {QStringLiteral("mentions"), QJsonArray{qint64(ninaId)}}},
                          m_franToken).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(views->tabText(4), QStringLiteral("@ 1"), 5000);
        // The list says it is a note, not something the patient was sent.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop->inbox.cache()->conversation(open)->preview, QStringLiteral("@nina booked for Tuesday"), 5000);
        inbox()->listModel()->reload();
        bool shownAsNote = false;
        for (int row = 0; row < inbox()->listModel()->rowCount(); ++row) {
            const QModelIndex index = inbox()->listModel()->index(row, 0);
            if (index.data(cb::ui::ConversationListModel::ConversationIdRole).toLongLong() == open) {
                QCOMPARE(index.data(cb::ui::ConversationListModel::PreviewRole).toString(),
                         QStringLiteral("Note: @nina booked for Tuesday"));
                shownAsNote = true;
            }
        }
        QVERIFY(shownAsNote);
        QVERIFY2(views->sizeHint().width() <= views->width(), "all five views fit the list's width, without scroll arrows");
        QTest::keyClick(inbox(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(views->currentIndex(), 4);
        QCOMPARE(inbox()->listModel()->rowCount(), 1);
        if (const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QVERIFY(inbox()->window()->grab().save(QDir(folder).filePath(QStringLiteral("mentions-view.png"))));
        }
        // Nina opens it (it is the one open: clicking reads it), and the count goes.
        inbox()->selectRow(0);
        auto *list = inbox()->findChild<QListView *>(QStringLiteral("conversations"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
        QTRY_COMPARE_WITH_TIMEOUT(views->tabText(4), QStringLiteral("@"), 5000);
        QCOMPARE(inbox()->listModel()->rowCount(), 1); // still listed: only no longer new
        QVERIFY(!m_desktop->inbox.cache()->hasUnseenMentions(open));
        QTest::keyClick(inbox(), Qt::Key_4, Qt::ControlModifier);
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
        // Issue 21: the server never saw this text, yet the refusal counts: the
        // desktop reports the rules, once per draft, never the words.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(auditEvents(QStringLiteral("message.phi_refused")).size(), 1, 5000);
        const QJsonObject refusal = auditEvents(QStringLiteral("message.phi_refused")).first().toObject();
        const QJsonObject detail = refusal.value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("where")).toString(), QStringLiteral("desktop"));
        QVERIFY(detail.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("medication")));
        const QByteArray recorded = QJsonDocument(refusal).toJson();
        QVERIFY2(!recorded.contains("metformin") && !recorded.contains("8.2"), recorded.constData());
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(300);
        QCOMPARE(auditEvents(QStringLiteral("message.phi_refused")).size(), 1);
        editor->clear();
    }

    void photoShowsAsAThumbnailAndOpensFullSize()
    {
        auto *thread = inbox()->threadModel();
        const int before = thread->rowCount();
        QVERIFY(m_sandbox.sendMedia(QStringLiteral("15550101001"), QStringLiteral("image")));
        // The server fetches it from the Graph API, then this desktop from the server.
        QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() > before &&
                                     thread->data(thread->index(thread->rowCount() - 1), cb::ui::ThreadModel::HasImageRole).toBool(),
                                 10000);
        const QModelIndex photo = thread->index(thread->rowCount() - 1);
        const QPixmap thumbnail = thread->data(photo, Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= cb::ui::ThreadModel::ThumbnailSize && thumbnail.height() <= cb::ui::ThreadModel::ThumbnailSize);
        // A chip with what it is and its size in the user's locale, not "[Photo (138 bytes)]".
        const QString chip = thread->data(photo, cb::ui::ThreadModel::AttachmentRole).toString();
        QVERIFY2(chip.startsWith(QStringLiteral("Photo · ")) && !chip.contains(QLatin1Char('[')), qPrintable(chip));

        QListView *messages = nullptr;
        for (auto *view : inbox()->findChildren<QListView *>()) {
            if (view->model() == thread) {
                messages = view;
            }
        }
        QVERIFY(messages);
        messages->setFocus();
        messages->setCurrentIndex(photo);
        QTest::keyClick(messages, Qt::Key_Return);
        QTRY_VERIFY(inbox()->findChild<cb::ui::ImageViewer *>() != nullptr);
        auto *viewer = inbox()->findChild<cb::ui::ImageViewer *>();
        QCOMPARE(viewer->windowTitle(), QStringLiteral("Photo")); // never who sent it
        // Issue 21: the viewer was as small as the photo, with no zoom. It takes
        // most of the screen and fits the photo (a small one up to 4×)…
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        const QSize screen = viewer->screen()->availableSize();
        QVERIFY2(viewer->width() >= screen.width() * 0.6 && viewer->height() >= screen.height() * 0.6,
                 qPrintable(QStringLiteral("%1x%2").arg(viewer->width()).arg(viewer->height())));
        QVERIFY(viewer->fitsWindow());
        const double fitted = viewer->zoom();
        QVERIFY2(fitted > 1.0 && fitted <= 4.0, qPrintable(QString::number(fitted)));
        auto *zoomLevel = viewer->findChild<QLabel *>(QStringLiteral("zoomLevel"));
        // …and the keyboard zooms: Ctrl++ in, Ctrl+1 the photo's own pixels, Ctrl+0 fits again.
        QTest::keyClick(viewer, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(!viewer->fitsWindow());
        QCOMPARE(viewer->zoom(), std::min(fitted * cb::ui::ImageViewer::ZoomStep, cb::ui::ImageViewer::MaxZoom));
        QTest::keyClick(viewer, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(viewer->zoom(), 1.0);
        QCOMPARE(zoomLevel->text(), QStringLiteral("100%"));
        QTest::keyClick(viewer, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(viewer->zoom(), 1.0 / cb::ui::ImageViewer::ZoomStep);
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(viewer, Qt::Key_Minus, Qt::ControlModifier);
        }
        QCOMPARE(viewer->zoom(), cb::ui::ImageViewer::MinZoom); // bounded
        QTest::keyClick(viewer, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(viewer->fitsWindow());
        QCOMPARE(viewer->zoom(), fitted);
        viewer->close();
    }

    void consentIsRecordedFromTheHeader()
    {
        const qint64 conversation = inbox()->openConversationId();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<cb::ui::ConsentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (auto *choice : dialog->findChildren<QRadioButton *>()) {
                if (choice->text().contains(QStringLiteral("after our warning"))) {
                    choice->click();
                }
            }
            dialog->accept();
        });
        button(inbox(), QStringLiteral("&Consent…"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->inbox.cache()->conversation(conversation)->contact.consent,
                                  cb::model::ConsentBasis::DocumentedRequest, 5000);
        QTRY_VERIFY(labelContaining(inbox(), QStringLiteral("Consent: Patient asked for WhatsApp after our warning")));
    }

    void buttonsGoOutFromTheComposer()
    {
        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        editor->setPlainText(QStringLiteral("Would Thursday at 9 suit you?"));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            button(dialog, QStringLiteral("Send with buttons"))->click();
        });
        button(inbox()->composer(), QStringLiteral("With &buttons…"))->click();
        auto sentButtons = [this] {
            for (const QJsonValue &sent : m_sandbox.sent()) {
                const QJsonObject interactive = sent.toObject().value(QStringLiteral("interactive")).toObject();
                if (interactive.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString() ==
                    QLatin1String("Would Thursday at 9 suit you?")) {
                    return interactive.value(QStringLiteral("action")).toObject().value(QStringLiteral("buttons")).toArray();
                }
            }
            return QJsonArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(sentButtons().size(), 2, 5000);
        QCOMPARE(sentButtons()[0].toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Yes"));
        QVERIFY(editor->toPlainText().isEmpty());
    }

    // Issue 21: "/" offers the clinic's canned replies; Enter puts one in place of "/words".
    void slashInsertsACannedReply()
    {
        cb::test::ApiClient api{m_server.baseUrl()};
        const auto add = [&](const QString &title, const QString &language, const QString &body) {
            return api.post(QStringLiteral("/api/v1/canned-replies"),
                            {{QStringLiteral("title"), title}, {QStringLiteral("language"), language}, {QStringLiteral("body"), body}},
                            m_adminToken).status;
        };
        QCOMPARE(add(QStringLiteral("hours"), QStringLiteral("en"), QStringLiteral("We are open Monday to Friday, 8:00 to 17:00.")), 201);
        QCOMPARE(add(QStringLiteral("horario"), QStringLiteral("es"), QStringLiteral("Abrimos de lunes a viernes, de 8:00 a 17:00.")), 201);
        auto *editor = inbox()->composer()->findChild<cb::ui::ReplyEditor *>(QStringLiteral("replyEditor"));
        QVERIFY(editor != nullptr);
        editor->clear();
        editor->setFocus();
        QTest::qWait(2100); // the composer asks the server at most every 2 s
        QTest::keyClicks(editor, QStringLiteral("Thanks! /hou"));
        QTRY_VERIFY(editor->cannedRepliesShown());
        auto *popup = QApplication::activePopupWidget();
        QVERIFY(popup != nullptr);
        auto *list = qobject_cast<QAbstractItemView *>(popup);
        QVERIFY(list != nullptr);
        QCOMPARE(list->model()->rowCount(), 1); // "/hou" narrows to "hours"
        QVERIFY(list->currentIndex().data().toString().startsWith(QLatin1String("hours (EN)")));
        if (const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QVERIFY(inbox()->window()->grab().save(QDir(folder).filePath(QStringLiteral("composer.png"))));
            QVERIFY(popup->grab().save(QDir(folder).filePath(QStringLiteral("canned-replies.png"))));
        }
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!editor->cannedRepliesShown());
        QCOMPARE(editor->toPlainText(), QStringLiteral("Thanks! We are open Monday to Friday, 8:00 to 17:00."));
        // A word in the text finds it too; Escape closes the list and keeps what was typed.
        QTest::qWait(2100);
        QTest::keyClicks(editor, QStringLiteral(" /lunes"));
        QTRY_VERIFY(editor->cannedRepliesShown());
        list = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
        QVERIFY(list != nullptr);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(list, Qt::Key_Escape);
        QTRY_VERIFY(!editor->cannedRepliesShown());
        QVERIFY(editor->toPlainText().endsWith(QLatin1String(" /lunes")));
        editor->clear();
    }

    void assignAndSnoozeFromTheMenus()
    {
        const qint64 conversation = inbox()->openConversationId();
        auto current = [&] { return *m_desktop->inbox.cache()->conversation(conversation); };
        // Assign to a colleague: the menu lists the people who can work on conversations.
        emit inbox()->assignMenu()->aboutToShow();
        QAction *toFran = nullptr;
        for (QAction *action : inbox()->assignMenu()->actions()) {
            if (action->text() == QLatin1String("fran")) {
                toFran = action;
            }
        }
        QVERIFY2(toFran, "the assign menu does not list the colleague");
        toFran->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(current().assigneeId != 0 && current().assigneeId != m_desktop->inbox.myId(), 5000);
        QTRY_VERIFY(labelContaining(inbox(), QStringLiteral("· fran ·")));
        // Issue 21: opened again, the menu marks who holds the conversation, and only them.
        emit inbox()->assignMenu()->aboutToShow();
        QStringList checked;
        for (QAction *action : inbox()->assignMenu()->actions()) {
            if (action->isChecked()) {
                checked << action->text();
            }
        }
        QCOMPARE(checked, QStringList{QStringLiteral("fran")});

        // Snooze until tomorrow morning: out of the working views until then.
        QAction *tomorrow = nullptr;
        for (QAction *action : inbox()->statusMenu()->actions()) {
            if (action->menu()) {
                for (QAction *choice : action->menu()->actions()) {
                    if (choice->text().contains(QStringLiteral("working day"))) {
                        tomorrow = choice;
                    }
                }
            }
        }
        QVERIFY(tomorrow);
        tomorrow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(current().status, cb::model::ConversationStatus::Snoozed, 5000);
        const QDateTime expected = cb::ui::snoozeUntil(cb::ui::SnoozeChoice::NextWorkingDayMorning, QDateTime::currentDateTime());
        QCOMPARE(current().snoozedUntilMs, expected.toMSecsSinceEpoch());
        QTRY_VERIFY(labelContaining(inbox(), QStringLiteral("snoozed until")));
        QCOMPARE(m_desktop->inbox.cache()->count(cb::client::InboxView::Unassigned, m_desktop->inbox.myId()), 0);

        // Back to open from the same menu.
        for (QAction *action : inbox()->statusMenu()->actions()) {
            if (action->text() == QLatin1String("&Open")) {
                action->trigger();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(current().status, cb::model::ConversationStatus::Open, 5000);
    }

    // Issue 21: a 10-digit US number found nothing; numbers read the clinic's way.
    void aPhoneNumberFindsThePatientHoweverItIsTyped()
    {
        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        for (const QString &typed : {QStringLiteral("(555) 010-1001"), QStringLiteral("5550101001"), QStringLiteral("555-010-1001"),
                                     QStringLiteral("+1 555 010 1001"), QStringLiteral("1001")}) {
            search->setText(QStringLiteral("(555) 999-0000"));
            QTRY_COMPARE(inbox()->listModel()->rowCount(), 0);
            search->setText(typed); // after a pause in typing
            QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->rowCount(), 1, 3000);
            QCOMPARE(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::NameRole).toString(), QStringLiteral("Maria Lopez"));
        }
        search->setText(QStringLiteral("(555) 999-0000"));
        QTRY_COMPARE(inbox()->listModel()->rowCount(), 0);
        // An empty list says why, and what to do.
        auto *list = inbox()->findChild<QListView *>(QStringLiteral("conversations"));
        auto *empty = list->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        // While the server is still looking it says so; then why the list is empty.
        QTRY_VERIFY2_WITH_TIMEOUT(empty->text().contains(QStringLiteral("matches “(555) 999-0000”")), qPrintable(empty->text()), 5000);
        search->clear();
        QTRY_COMPARE(inbox()->listModel()->rowCount(), 1);
        QVERIFY(!empty->isVisible());
        inbox()->selectRow(0);
        QTRY_VERIFY(labelContaining(inbox(), QStringLiteral("WhatsApp (555) 010-1001")));
    }

    // Issue 21: a message arriving in the conversation being read left its badge
    // behind; the tabs had no counts; there was no "Mark unread".
    void unreadBadgesFollowWhatThePersonHasRead()
    {
        inbox()->selectRow(0);
        const std::int64_t conversation = inbox()->openConversationId();
        auto current = [&] { return *m_desktop->inbox.cache()->conversation(conversation); };
        // (The photo arrived while the window was in the background: coming back reads it.)
        m_desktop->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_desktop->window));
        QTRY_COMPARE_WITH_TIMEOUT(current().unreadCount, 0, 5000);

        const int rows = inbox()->threadModel()->rowCount();
        QVERIFY(m_sandbox.say(QStringLiteral("15550101001"), QStringLiteral("Maria Lopez"), QStringLiteral("Also, is parking free?")));
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->threadModel()->rowCount() > rows, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(current().unreadCount, 0, 5000); // read where it arrived: no badge

        // Mark unread (Ctrl+Shift+U): the badge comes back and stays.
        auto *list = inbox()->findChild<QListView *>(QStringLiteral("conversations"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(current().unreadCount, 1, 5000);
        QTest::qWait(300);
        QCOMPARE(current().unreadCount, 1);
        // The tabs count their conversations.
        auto *views = inbox()->findChild<QTabBar *>(QStringLiteral("views"));
        m_desktop->inbox.assign(conversation, m_desktop->inbox.myId(), false);
        QTRY_COMPARE_WITH_TIMEOUT(views->tabText(1), QStringLiteral("Mine 1"), 5000);
        QCOMPARE(views->tabText(3), QStringLiteral("All")); // "All" only grows: no number
        // A click on the row already open reads it.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(inbox()->listModel()->index(0)).center());
        QTRY_COMPARE_WITH_TIMEOUT(current().unreadCount, 0, 5000);
    }

    // Issue 21: a search showed each conversation's latest message, not the one
    // that matched, and nothing said which words matched.
    void searchShowsTheMatchingMessageWithItsWordsInBold()
    {
        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("COME CAN"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::HighlightsRole).toList().size(), 2, 3000);
        QCOMPARE(inbox()->listModel()->rowCount(), 1);
        const QModelIndex row = inbox()->listModel()->index(0);
        // Maria's latest message is about parking; the row shows the one that matched
        // (her first: the reply about Tuesday has neither word).
        const QString preview = row.data(cb::ui::ConversationListModel::PreviewRole).toString();
        QVERIFY2(preview.endsWith(QStringLiteral("Can I come on Tuesday?")), qPrintable(preview));
        const QVariantList highlights = row.data(cb::ui::ConversationListModel::HighlightsRole).toList();
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(preview.mid(highlights[0].toPoint().x(), highlights[0].toPoint().y()), QStringLiteral("Can"));
        QCOMPARE(preview.mid(highlights[1].toPoint().x(), highlights[1].toPoint().y()), QStringLiteral("come"));
        // A search by the patient's name matches no message: the latest shows, nothing bold.
        search->setText(QStringLiteral("lopez"));
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::HighlightsRole).toList().isEmpty(), 3000);
        QCOMPARE(inbox()->listModel()->rowCount(), 1);
        QVERIFY(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::PreviewRole).toString().contains(QStringLiteral("parking")));
        search->clear();
        QTRY_COMPARE(inbox()->listModel()->rowCount(), 1);
        QVERIFY(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::HighlightsRole).toList().isEmpty());
    }

    // Issue 22: search reaches the server. A word in a message this workstation
    // does not hold is found there, merged into the list with that message and
    // the word in bold; the search is audited on the server.
    void aWordOnlyOnTheServerIsFound()
    {
        QVERIFY(m_sandbox.say(QStringLiteral("15550101099"), QStringLiteral("Olga Old"), QStringLiteral("About my kumquat allergy form")));
        cb::client::InboxCache *cache = m_desktop->inbox.cache();
        QTRY_COMPARE_WITH_TIMEOUT(cache->conversations(cb::client::InboxView::All, 0, QStringLiteral("kumquat"), 10, 0).size(), 1, 5000);
        const std::int64_t olga = cache->conversations(cb::client::InboxView::All, 0, QStringLiteral("kumquat"), 10, 0).first().id;
        auto erase = m_desktop->session.cache()->database().prepare("DELETE FROM messages WHERE conversation_id = ?");
        erase.bind(1, olga);
        erase.run();
        QVERIFY(cache->conversations(cb::client::InboxView::All, 0, QStringLiteral("kumquat"), 10, 0).isEmpty()); // only on the server now
        const int searchesBefore = int(auditEvents(QStringLiteral("search.run")).size());

        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("kumqua"));
        cb::ui::ConversationListModel *model = inbox()->listModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->conversationIdAt(0), olga);
        const QString preview = model->index(0).data(cb::ui::ConversationListModel::PreviewRole).toString();
        QVERIFY2(preview.endsWith(QStringLiteral("About my kumquat allergy form")), qPrintable(preview));
        const QVariantList bold = model->index(0).data(cb::ui::ConversationListModel::HighlightsRole).toList();
        QCOMPARE(bold.size(), 1);
        QCOMPARE(preview.mid(bold[0].toPoint().x(), bold[0].toPoint().y()), QStringLiteral("kumqua"));
        QTRY_VERIFY(auditEvents(QStringLiteral("search.run")).size() > searchesBefore);
        search->clear();
        QTRY_VERIFY(model->rowCount() > 1);
    }

    // Issue 21: locking used to throw the work away. Unlocking brings back the
    // view, the search, the open conversation and the half-written note.
    // Issue 22: a long thread shows its newest page, pages in older ones as the
    // person scrolls up (keeping what was on screen in place), says when it has
    // reached the start, and takes a new message without a reset or a jump.
    void aLongThreadPagesInAsThePersonScrollsUp()
    {
        for (int i = 1; i <= 130; ++i) {
            QVERIFY(m_sandbox.say(QStringLiteral("15550101088"), QStringLiteral("Lena Long"), QStringLiteral("Line %1 of my story").arg(i)));
        }
        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("Lena"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::NameRole).toString(), QStringLiteral("Lena Long"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->rowCount(), 1, 10000);
        const std::int64_t lena = inbox()->listModel()->conversationIdAt(0);
        // This workstation saw them arrive; one that did not (a fresh one) holds none
        // of them until the thread is opened.
        // 130 deliveries one after another: ~0.6 s here, far longer on a loaded CI machine.
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->inbox.cache()->messages(lena).size(), 130, 30000);
        auto erase = m_desktop->session.cache()->database().prepare("DELETE FROM messages WHERE conversation_id = ?");
        erase.bind(1, lena);
        erase.run();
        inbox()->selectRow(0);
        cb::ui::ThreadModel *thread = inbox()->threadModel();
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 100, 10000); // the newest page
        QCOMPARE(thread->index(0).data(cb::ui::ThreadModel::BodyRole).toString(), QStringLiteral("Line 31 of my story"));
        QListView *view = nullptr;
        for (auto *candidate : inbox()->findChildren<QListView *>()) {
            view = candidate->model() == thread ? candidate : view;
        }
        QVERIFY(view != nullptr);
        QTRY_VERIFY(view->verticalScrollBar()->value() == view->verticalScrollBar()->maximum());

        // Scrolled to the top: the page before arrives above, and line 31 stays where it was.
        view->verticalScrollBar()->setValue(0);
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 130, 15000);
        QCOMPARE(thread->index(0).data(cb::ui::ThreadModel::BodyRole).toString(), QStringLiteral("Line 1 of my story"));
        const QModelIndex line31 = thread->index(30);
        QCOMPARE(line31.data(cb::ui::ThreadModel::BodyRole).toString(), QStringLiteral("Line 31 of my story"));
        QVERIFY2(qAbs(view->visualRect(line31).top()) <= 2, qPrintable(QString::number(view->visualRect(line31).top())));
        // Up again, at the very top: nothing older, and the top says so.
        view->verticalScrollBar()->setValue(0);
        auto *top = view->viewport()->findChild<QLabel *>(QStringLiteral("threadTop"));
        QTRY_VERIFY(top && top->isVisible());
        QCOMPARE(top->text(), QStringLiteral("Start of conversation"));
        QTest::keyClick(view, Qt::Key_PageUp);
        QTest::qWait(300);
        QCOMPARE(thread->rowCount(), 130);

        // A new message while the person reads the start: added below, no reset, no jump.
        QSignalSpy resets(thread, &QAbstractItemModel::modelReset);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(m_sandbox.say(QStringLiteral("15550101088"), QStringLiteral("Lena Long"), QStringLiteral("And one more thing")));
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 131, 15000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        search->clear();
    }

    // Issue 22: a burst of new patients changes only its own rows (no reset); when
    // it lands above what the person is reading, those rows stay still and "5 new ↑"
    // says so; one click goes there; at the top, newcomers just show at the top.
    void aBurstChangesOnlyItsRowsAndSaysWhatArrivedAbove()
    {
        auto *tabs = inbox()->findChild<QTabBar *>(QStringLiteral("views"));
        tabs->setCurrentIndex(3); // All
        // The person starts at the top of the list (the test before may have left
        // it scrolled, and arrivals above a scrolled list are rightly "new").
        auto *list = inbox()->findChild<QListView *>(QStringLiteral("conversations"));
        list->scrollToTop();
        auto *bar = inbox()->findChild<QPushButton *>(QStringLiteral("newAbove"));
        QVERIFY(bar != nullptr);
        QTRY_VERIFY(!bar->isVisible());
        for (int i = 0; i < 40; ++i) {
            QVERIFY(m_sandbox.say(QStringLiteral("1555020%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Bulk Patient %1").arg(i),
                                  QStringLiteral("Hello")));
        }
        cb::ui::ConversationListModel *model = inbox()->listModel();
        auto nameAt = [model](int row) { return model->index(row).data(cb::ui::ConversationListModel::NameRole).toString(); };
        // Deliveries may land out of order: all 40 are in before the person scrolls.
        auto bulkRows = [model, nameAt] {
            int rows = 0;
            for (int row = 0; row < model->rowCount(); ++row) {
                rows += nameAt(row).startsWith(QLatin1String("Bulk Patient ")) ? 1 : 0;
            }
            return rows;
        };
        QTRY_COMPARE_WITH_TIMEOUT(bulkRows(), 40, 30000);
        QTRY_COMPARE(nameAt(0), QStringLiteral("Bulk Patient 39"));
        // The person looks at the top before reading down the list. (Once in about
        // a dozen runs under ctest -j2 the list was found scrolled off the top after
        // the 40 arrivals, and the bar counted them; the cause is not found yet.
        // Going to the top, as a person would, starts the count afresh.)
        if (bar->isVisible()) {
            QTest::mouseClick(bar, Qt::LeftButton);
        }
        QTRY_VERIFY(!bar->isVisible());
        auto topRow = [list] { return list->indexAt(QPoint(1, 1)).row(); };
        // Reading the oldest conversation: the list is scrolled away from its top.
        inbox()->selectRow(model->rowCount() - 1);
        const std::int64_t open = inbox()->openConversationId();
        QTRY_VERIFY(list->verticalScrollBar()->value() > 0);
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->value() - 3); // not at the very bottom either
        const int top = topRow();
        QVERIFY(top > 2);
        const std::int64_t topId = model->conversationIdAt(top);
        const std::int64_t movingId = model->conversationIdAt(top + 2); // on screen now; will move above
        const QString movingNumber = m_desktop->inbox.cache()->conversation(movingId)->contact.waId;

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(m_sandbox.say(QStringLiteral("1555021%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Burst Patient %1").arg(i),
                                  QStringLiteral("New here")));
        }
        QTest::qWait(1100); // WhatsApp's timestamps are in seconds: this one is later than all the others
        QVERIFY(m_sandbox.say(movingNumber, QString(), QStringLiteral("Writing again")));
        QTRY_COMPARE_WITH_TIMEOUT(bar->text(), QStringLiteral("6 new ↑"), 20000);
        QVERIFY(bar->isVisible());
        QCOMPARE(resets.count(), 0);
        int insertedRows = 0;
        for (const auto &signal : inserted) {
            insertedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        }
        QCOMPARE(insertedRows, 5);
        QCOMPARE(moved.count(), 1);
        for (const auto &signal : changed) { // each redraw is one row, never the whole list
            QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
        }
        QVERIFY2(changed.count() <= 6, qPrintable(QString::number(changed.count())));
        // What the person was reading stayed still, and stayed open.
        QCOMPARE(model->conversationIdAt(topRow()), topId);
        QCOMPARE(inbox()->openConversationId(), open);
        QCOMPARE(model->conversationIdAt(list->currentIndex().row()), open);
        QCOMPARE(model->conversationIdAt(0), movingId);

        // One click goes to the top, and the button goes away.
        QTest::mouseClick(bar, Qt::LeftButton);
        QCOMPARE(topRow(), 0);
        QVERIFY(!bar->isVisible());
        // At the top, a newcomer simply shows at the top.
        QVERIFY(m_sandbox.say(QStringLiteral("15550219999"), QStringLiteral("Tina Top"), QStringLiteral("Hi")));
        QTRY_COMPARE_WITH_TIMEOUT(nameAt(0), QStringLiteral("Tina Top"), 10000);
        QCOMPARE(topRow(), 0);
        QVERIFY(!bar->isVisible());
        QCOMPARE(resets.count(), 0);
    }

    void unlockingBringsBackExactlyWhereThePersonWas()
    {
        auto *tabs = inbox()->findChild<QTabBar *>(QStringLiteral("views"));
        tabs->setCurrentIndex(3); // All
        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("Maria"));
        QTRY_COMPARE(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::NameRole).toString(), QStringLiteral("Maria Lopez"));
        inbox()->selectRow(0);
        const std::int64_t conversation = inbox()->openConversationId();
        QVERIFY(conversation > 0);
        const QString draft = QStringLiteral("Called her back: she will come on Tuesday at 10, wants the nurse visit too");
        inbox()->composer()->restoreDraft(draft, true, false); // an internal note, half written
        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        m_desktop->window.activateWindow();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QPointer<cb::ui::InboxView> before = inbox();

        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), State::Locked);
        QVERIFY(!before); // the workspace and its text are gone while locked
        // The keyboard is where the person types next: the password (seen under Xvfb: nowhere).
        auto *password = m_desktop->window.findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QVERIFY(password != nullptr);
        QTRY_VERIFY(password->hasFocus());
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox() != nullptr && inbox()->openConversationId() == conversation, 10000);
        // Back in the half-written reply, ready to go on typing.
        QTRY_VERIFY(inbox()->composer()->findChild<QPlainTextEdit *>()->hasFocus());
        QCOMPARE(inbox()->findChild<QTabBar *>(QStringLiteral("views"))->currentIndex(), 3);
        QCOMPARE(inbox()->findChild<QLineEdit *>(QStringLiteral("search"))->text(), QStringLiteral("Maria"));
        QCOMPARE(inbox()->composer()->draft(), draft);
        QVERIFY(inbox()->composer()->writingNote());
        inbox()->composer()->restoreDraft(QString(), false, false);
        inbox()->findChild<QLineEdit *>(QStringLiteral("search"))->clear();
    }

    // Issue 22: a warm workstation does not download every summary again after an
    // unlock; its stream replays what changed meanwhile (a new patient, here).
    void aWarmUnlockAsksForNoSummariesAndMissesNothing()
    {
        const qsizetype snapshotsBefore = auditEvents(QStringLiteral("inbox.snapshot")).size();
        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), State::Locked);
        QVERIFY(m_sandbox.say(QStringLiteral("15550101077"), QStringLiteral("Wendy Warm"), QStringLiteral("Written while locked")));
        QTest::qWait(300);
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox() != nullptr && m_desktop->inbox.isLive(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int row = 0; row < inbox()->listModel()->rowCount(); ++row) {
                if (inbox()->listModel()->index(row).data(Qt::DisplayRole).toString().contains(QStringLiteral("Wendy Warm"))) {
                    return true;
                }
            }
            return false;
        }(), 5000);
        const QJsonArray snapshots = auditEvents(QStringLiteral("inbox.snapshot"));
        QVERIFY(snapshots.size() > snapshotsBefore);
        for (qsizetype i = 0; i < snapshots.size() - snapshotsBefore; ++i) { // newest first
            QCOMPARE(snapshots.at(i).toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("count")).toInt(-1), 0);
        }
    }

    // A first fill cut short (locked, or the app closed, before the last page)
    // is not warm: the next start asks for the whole snapshot again instead of
    // trusting a cache that lacks most conversations.
    void aFirstFillCutShortIsFinishedNextTime()
    {
        QVERIFY(m_desktop->inbox.cache()->isFilled());
        m_desktop->inbox.cache()->setFilled(false); // as if the last pages never landed
        const qsizetype snapshotsBefore = auditEvents(QStringLiteral("inbox.snapshot")).size();
        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), State::Locked);
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->inbox.isLive() && m_desktop->inbox.cache()->isFilled(), 10000);
        const QJsonArray snapshots = auditEvents(QStringLiteral("inbox.snapshot"));
        QVERIFY(snapshots.size() > snapshotsBefore);
        QVERIFY(snapshots.first().toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("count")).toInt() > 0);
    }

    void outboxKeepsAReplyThroughAnOutageAndALock()
    {
        const qint64 conversation = inbox()->openConversationId();
        const qsizetype cached = m_desktop->inbox.cache()->messages(conversation).size();
        QVERIFY(cached > 0);
        m_server.stop();
        // Emergency mode: the desktop says so plainly, the saved thread stays readable.
        QTRY_VERIFY_WITH_TIMEOUT(labelContaining(inbox(), QStringLiteral("Not connected: showing messages saved on this computer")), 10000);
        QCOMPARE(inbox()->openConversationId(), conversation);
        QCOMPARE(m_desktop->inbox.cache()->messages(conversation).size(), cached);
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

    // Reading the bottom of a thread, the newest message stays in sight: our reply
    // (whose clinic notice leaves the composer, so the thread grows taller meanwhile)
    // and the patient's answer. Seen failing under Xvfb: both landed below the edge.
    // Near the end: its reply's late ticks move the conversation up the list.
    void theNewestMessageStaysInSightAtTheBottom()
    {
        for (int i = 1; i <= 15; ++i) {
            QVERIFY(m_sandbox.say(QStringLiteral("15550101066"), QStringLiteral("Bea Bottom"), QStringLiteral("Question %1 about my visit").arg(i)));
        }
        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("Bea Bottom"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->listModel()->index(0).data(cb::ui::ConversationListModel::NameRole).toString(), QStringLiteral("Bea Bottom"), 10000);
        const std::int64_t bea = inbox()->listModel()->conversationIdAt(0);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->inbox.cache()->messages(bea).size(), 15, 30000);
        inbox()->selectRow(0);
        cb::ui::ThreadModel *thread = inbox()->threadModel();
        QTRY_COMPARE(thread->rowCount(), 15);
        QListView *view = nullptr;
        for (auto *candidate : inbox()->findChildren<QListView *>()) {
            view = candidate->model() == thread ? candidate : view;
        }
        QVERIFY(view != nullptr);
        const auto lastInSight = [&] {
            const QRect last = view->visualRect(thread->index(thread->rowCount() - 1));
            return last.isValid() && last.bottom() <= view->viewport()->height() && last.bottom() > 0;
        };
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0); // the thread is taller than the view
        QTRY_VERIFY(lastInSight());
        // One avatar under a run of the patient's messages, as in a chat.
        const auto runContinues = [&](int row) { return thread->index(row).data(cb::ui::ThreadModel::RunContinuesRole).toBool(); };
        QVERIFY(runContinues(0) && runContinues(13) && !runContinues(14));

        auto *editor = inbox()->composer()->findChild<QPlainTextEdit *>();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("We will call you this afternoon."));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sentCount(QStringLiteral("We will call you this afternoon.")), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 16, 5000);
        QTest::qWait(300); // the composer's lines settle (a 100 ms relayout of the thread)
        QTRY_VERIFY(lastInSight());
        QVERIFY(m_sandbox.say(QStringLiteral("15550101066"), QStringLiteral("Bea Bottom"), QStringLiteral("Thank you, I will wait")));
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), 17, 15000);
        QTest::qWait(300);
        QTRY_VERIFY(lastInSight());
        QVERIFY(!runContinues(14) && !runContinues(15) && !runContinues(16)); // our reply ends the run
        // Its ticks come back before the next test: they move the conversation up the list.
        QTRY_COMPARE_WITH_TIMEOUT(thread->index(15).data(cb::ui::ThreadModel::StateRole).toString(), QStringLiteral("read"), 10000);
        search->clear();
    }

    // Issue 22: the server answers a search a page (50) at a time; scrolling to the
    // end of the list asks for its next page until everything it found is listed.
    // Last: its 60 patients would change the list the tests above count on.
    void scrollingToTheEndBringsTheServersNextPage()
    {
        constexpr int Patients = 60;
        for (int i = 0; i < Patients; ++i) {
            QVERIFY(m_sandbox.say(QStringLiteral("1555030%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Pat Page %1").arg(i),
                                  QStringLiteral("Is the quince jam order ready?")));
        }
        cb::client::InboxCache *cache = m_desktop->inbox.cache();
        const auto held = [&] { return cache->conversations(cb::client::InboxView::All, 0, QStringLiteral("quince"), 100, 0).size(); };
        QTRY_COMPARE_WITH_TIMEOUT(held(), Patients, 30000);
        // Only on the server now: this workstation forgets the words.
        m_desktop->session.cache()->database().exec("DELETE FROM messages WHERE body LIKE '%quince jam%'");
        QCOMPARE(held(), 0);

        auto *search = inbox()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("quince"));
        cb::ui::ConversationListModel *model = inbox()->listModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), cb::client::ServerSearch::PageSize, 10000); // the first page
        QTRY_VERIFY(m_desktop->inbox.serverSearch().hasMore());
        auto *list = inbox()->findChild<QListView *>(QStringLiteral("conversations"));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            list->scrollToBottom(); // as the person does with End or the wheel
            return model->rowCount() == Patients;
        }(), 15000);
        QTRY_VERIFY(!m_desktop->inbox.serverSearch().hasMore());
        QSet<std::int64_t> distinct;
        for (int row = 0; row < model->rowCount(); ++row) {
            distinct.insert(model->conversationIdAt(row));
        }
        QCOMPARE(distinct.size(), Patients);
        search->clear();

        // Unlocking brings back a conversation far down the list (beyond its first
        // page of 100), not only one near the top.
        QTRY_VERIFY(model->rowCount() >= cb::ui::ConversationListModel::PageSize);
        std::int64_t oldest = 0;
        QString name;
        {
            auto row = m_desktop->session.cache()->database().prepare(
                "SELECT id, contact_name FROM conversations ORDER BY last_message_at_ms ASC, id ASC LIMIT 1");
            QVERIFY(row.step());
            oldest = row.columnInt64(0);
            name = row.columnText(1);
        }
        QCOMPARE(model->rowOf(oldest), -1); // not loaded: 160 and more conversations are newer
        search->setText(name);
        QTRY_VERIFY(model->rowOf(oldest) >= 0);
        inbox()->selectRow(model->rowOf(oldest));
        QTRY_COMPARE(inbox()->openConversationId(), oldest);
        search->clear();
        QTRY_COMPARE(model->rowOf(oldest), -1);
        m_desktop->session.lock(QStringLiteral("manual"));
        QTRY_COMPARE(m_desktop->session.state(), State::Locked);
        m_desktop->session.unlock(Password);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop->session.state(), State::Active, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox() != nullptr && inbox()->openConversationId() == oldest, 10000);
        QVERIFY(inbox()->listModel()->rowOf(oldest) >= cb::ui::ConversationListModel::PageSize);
    }
};

QTEST_MAIN(TestInboxDesktop)
#include "tst_inbox_desktop.moc"
