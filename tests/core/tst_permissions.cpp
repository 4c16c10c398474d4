#include "core/policy/permissions.h"

#include <QtTest>

using namespace cb::policy;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void roleNamesRoundTrip()
    {
        for (Role role : allRoles()) {
            QCOMPARE(roleFromName(roleName(role)), role);
            QVERIFY(!roleTitle(role).isEmpty());
        }
        QVERIFY(!roleFromName(QStringLiteral("superuser")).has_value());
        QVERIFY(!rolesFromNames({QStringLiteral("nurse"), QStringLiteral("root")}).has_value());
        QCOMPARE(rolesFromNames({QStringLiteral("nurse"), QStringLiteral("nurse")})->size(), 1);
    }

    void matrixIsLeastPrivilege()
    {
        // Admins manage people, not patients; compliance audits, never reads threads.
        QVERIFY(!roleAllows(Role::Admin, Permission::ReadConversations));
        QVERIFY(!roleAllows(Role::Compliance, Permission::ReadConversations));
        QVERIFY(!roleAllows(Role::FrontDesk, Permission::TriageQueue));
        QVERIFY(roleAllows(Role::Nurse, Permission::TriageQueue));
        QVERIFY(!roleAllows(Role::Nurse, Permission::ManageStaff));
        QVERIFY(roleAllows(Role::Admin, Permission::RevokeSessions));
        for (Role role : allRoles()) {
            QVERIFY(roleAllows(role, Permission::UseOwnAccount));
        }
        QVERIFY(rolesAllow({Role::FrontDesk, Role::Admin}, Permission::ManageStaff));
        QVERIFY(!rolesAllow({}, Permission::UseOwnAccount));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
