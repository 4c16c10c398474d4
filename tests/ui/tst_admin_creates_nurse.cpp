#include "tests/support/api_client.h"
#include "tests/support/server_process.h"
#include "tests/ui/desktop_fixture.h"
#include "ui/identity/add_staff_dialog.h"
#include "ui/identity/staff_admin_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using State = cb::client::SessionManager::State;

namespace {
const QString AdminPassword = QStringLiteral("violet otter juggles seven lanterns");
const QString NursePassword = QStringLiteral("granite meadow holds nine foxes");
}

// The identity issue's whole story through the desktop's widgets: a new admin
// signs in and enrols, creates a nurse, and the nurse signs in with codes from
// oathtool on the same workstation.
class TestAdminCreatesNurse : public QObject
{
    Q_OBJECT
private:
    cb::test::ServerProcess m_server;
    std::unique_ptr<cb::test::DesktopFixture> m_desktop;
    QString m_nurseEnrolmentCode;
    QHash<QString, QString> m_keys; // authenticator keys, by username

    template <typename T> T *find(const char *name) { return m_desktop->window.findChild<T *>(QLatin1String(name)); }

    void signInAndEnrol(const QString &username, const QString &password, const QString &enrolmentCode)
    {
        auto &session = m_desktop->session;
        session.submitPassword(username, password);
        QTRY_COMPARE(session.state(), State::AwaitingCode);
        session.submitCode(enrolmentCode);
        QTRY_COMPARE(session.state(), State::AwaitingEnrolment);
        m_keys.insert(username, session.challenge().enrolmentKey);
        session.submitEnrolmentCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(session.challenge().enrolmentKey)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 15000);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_server.init(), 0);
        QCOMPARE(m_server.addUser(QStringLiteral("admin.alex"), QStringLiteral("admin"), AdminPassword), 0);
        QVERIFY(m_server.start());
        m_desktop = std::make_unique<cb::test::DesktopFixture>(m_server.baseUrl().toString());
        m_desktop->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_desktop->window));
    }

    void adminAddsANurseAfterAWeakPasswordIsRefused()
    {
        signInAndEnrol(QStringLiteral("admin.alex"), AdminPassword, m_server.enrolmentCode(QStringLiteral("admin.alex")));
        auto *manage = find<QAction>("manageStaff");
        QVERIFY(manage->isVisible() && manage->isEnabled());
        manage->trigger();
        cb::ui::StaffAdminDialog *staff = nullptr;
        QTRY_VERIFY((staff = m_desktop->window.findChild<cb::ui::StaffAdminDialog *>()) != nullptr);
        auto *list = staff->findChild<QTreeWidget *>(QStringLiteral("staffList"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);

        staff->findChild<QPushButton *>(QStringLiteral("addStaff"))->click();
        cb::ui::AddStaffDialog *add = nullptr;
        QTRY_VERIFY((add = staff->findChild<cb::ui::AddStaffDialog *>()) != nullptr);
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newUsername")), QStringLiteral("nurse.kim"));
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newDisplayName")), QStringLiteral("Kim Park"));
        add->findChild<QCheckBox *>(QStringLiteral("role_nurse"))->setChecked(true);
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("password1234"));
        add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *message = add->findChild<QLabel *>(QStringLiteral("addStaffMessage"));
        QTRY_VERIFY(message->text().contains(QLatin1String("too common")));
        QVERIFY(add->isVisible());
        QCOMPARE(add->findChild<QLineEdit *>(QStringLiteral("newUsername"))->text(), QStringLiteral("nurse.kim"));

        auto *password = add->findChild<QLineEdit *>(QStringLiteral("newPassword"));
        password->clear();
        QTest::keyClicks(password, NursePassword);
        add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        auto *staffMessage = staff->findChild<QLabel *>(QStringLiteral("staffMessage"));
        QTRY_VERIFY(staffMessage->text().contains(QLatin1String("nurse.kim")));
        // The admin is shown the one-time enrolment code to hand over.
        static const QRegularExpression code(QStringLiteral("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        const auto match = code.match(staffMessage->text());
        QVERIFY2(match.hasMatch(), qPrintable(staffMessage->text()));
        m_nurseEnrolmentCode = match.captured();
        const auto nurse = list->findItems(QStringLiteral("nurse.kim"), Qt::MatchExactly);
        QCOMPARE(nurse.size(), 1);
        QCOMPARE(nurse.first()->text(4), QStringLiteral("Not set up yet"));
        staff->reject();
        m_desktop->session.signOut();
        QTRY_COMPARE(m_desktop->session.state(), State::SignedOut);
    }

    void theNurseSignsInWithOathtoolCodes()
    {
        signInAndEnrol(QStringLiteral("nurse.kim"), NursePassword, m_nurseEnrolmentCode);
        QTRY_VERIFY(find<QLabel>("welcome") != nullptr);
        QCOMPARE(find<QLabel>("welcome")->text(), QStringLiteral("Welcome, Kim Park"));
        QVERIFY(!find<QAction>("manageStaff")->isVisible()); // nurses do not manage staff
        m_desktop->session.signOut();
        QTRY_COMPARE(m_desktop->session.state(), State::SignedOut);
    }

    // The admin gives the nurse a second role and a temporary password; the
    // nurse must choose their own before the workspace opens.
    void anAdminChangesRolesAndSetsATemporaryPassword()
    {
        auto &session = m_desktop->session;
        session.submitPassword(QStringLiteral("admin.alex"), AdminPassword);
        QTRY_COMPARE(session.state(), State::AwaitingCode);
        session.submitCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_keys.value(QStringLiteral("admin.alex")), 30)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 15000);
        find<QAction>("manageStaff")->trigger();
        cb::ui::StaffAdminDialog *staff = nullptr;
        QTRY_VERIFY((staff = m_desktop->window.findChild<cb::ui::StaffAdminDialog *>()) != nullptr);
        auto *list = staff->findChild<QTreeWidget *>(QStringLiteral("staffList"));
        auto selectNurse = [list] {
            QTRY_COMPARE(list->findItems(QStringLiteral("nurse.kim"), Qt::MatchExactly).size(), 1);
            list->setCurrentItem(list->findItems(QStringLiteral("nurse.kim"), Qt::MatchExactly).first());
        };
        selectNurse();
        QCOMPARE(list->currentItem()->text(5).isEmpty(), false); // last sign-in shown
        staff->findChild<QPushButton *>(QStringLiteral("changeRoles"))->click();
        QDialog *roles = nullptr;
        QTRY_VERIFY((roles = staff->findChild<QDialog *>(QStringLiteral("rolesDialog"))) != nullptr);
        QVERIFY(roles->findChild<QCheckBox *>(QStringLiteral("role_nurse"))->isChecked());
        roles->findChild<QCheckBox *>(QStringLiteral("role_nurse"))->setChecked(false);
        roles->findChild<QPushButton *>(QStringLiteral("saveRoles"))->click();
        QCOMPARE(roles->findChild<QLabel *>(QStringLiteral("staffEditProblem"))->text(), QStringLiteral("Tick at least one role."));
        roles->findChild<QCheckBox *>(QStringLiteral("role_nurse"))->setChecked(true);
        roles->findChild<QCheckBox *>(QStringLiteral("role_clinician"))->setChecked(true);
        roles->findChild<QPushButton *>(QStringLiteral("saveRoles"))->click();
        QTRY_COMPARE(list->findItems(QStringLiteral("nurse.kim"), Qt::MatchExactly).value(0)->text(2), QStringLiteral("Nurse, Clinician"));

        const QString temporary = QStringLiteral("copper willow sings at noon");
        selectNurse();
        staff->findChild<QPushButton *>(QStringLiteral("resetPassword"))->click();
        QDialog *reset = nullptr;
        QTRY_VERIFY((reset = staff->findChild<QDialog *>(QStringLiteral("resetPasswordDialog"))) != nullptr);
        QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("temporaryPassword")), temporary);
        reset->findChild<QPushButton *>(QStringLiteral("confirmResetPassword"))->click();
        QTRY_VERIFY(staff->findChild<QLabel *>(QStringLiteral("staffMessage"))->text().contains(QLatin1String("password was reset")));
        staff->reject();
        session.signOut();
        QTRY_COMPARE(session.state(), State::SignedOut);

        session.submitPassword(QStringLiteral("nurse.kim"), temporary);
        QTRY_COMPARE(session.state(), State::AwaitingCode);
        session.submitCode(QString::fromLatin1(cb::test::ApiClient::oathtoolCode(m_keys.value(QStringLiteral("nurse.kim")), 30)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, 15000);
        QVERIFY(session.passwordChangeRequired());
        QVERIFY(!m_desktop->inbox.isRunning()); // nothing opens before the new password
        QDialog *change = nullptr;
        QTRY_VERIFY((change = m_desktop->window.findChild<QDialog *>(QStringLiteral("changePasswordDialog"))) != nullptr);
        QVERIFY(change->findChild<QLabel *>(QStringLiteral("passwordReason")) != nullptr);
        QTest::keyClicks(change->findChild<QLineEdit *>(QStringLiteral("currentPassword")), temporary);
        QTest::keyClicks(change->findChild<QLineEdit *>(QStringLiteral("newPassword")), NursePassword + QStringLiteral(" again"));
        QTest::keyClicks(change->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), NursePassword + QStringLiteral(" again"));
        change->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session.passwordChangeRequired(), 10000);
        QTRY_VERIFY(m_desktop->inbox.isRunning());
    }
};

QTEST_MAIN(TestAdminCreatesNurse)
#include "tst_admin_creates_nurse.moc"
