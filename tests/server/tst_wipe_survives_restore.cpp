// A wipe stays a wipe: a backup taken before a workstation was wiped, restored
// with the master key, still cannot give that workstation's cache secret back;
// every other workstation's comes back unchanged.
#include "identity_fixture.h"

#include "core/crypto/secret_box.h"
#include "server/backup/backup_restore.h"
#include "server/backup/backup_writer.h"
#include "server/config/server_config.h"

#include "tests/support/test_env.h"

#include <QtTest>

using namespace cb;

class TestWipeSurvivesRestore : public QObject
{
    Q_OBJECT

    static bool same(const crypto::SecretBytes &a, const crypto::SecretBytes &b) { return a.equals(b); }

private slots:
    void backupFromBeforeTheWipeDoesNotReviveTheWorkstation()
    {
        test::IdentityFixture f;
        f.enrolledUser(QStringLiteral("nina"), policy::Role::Nurse);
        const std::int64_t nina = f.staff.findByUsername(QStringLiteral("nina"))->id;
        const crypto::SecretBytes lost = f.deviceSecrets.obtain(nina, QStringLiteral("lost-laptop"));
        const crypto::SecretBytes desk = f.deviceSecrets.obtain(nina, QStringLiteral("front-desk"));

        server::ServerConfig config;
        config.dataDir = f.dir.path();
        const QString backups = f.dir.filePath(QStringLiteral("backups"));
        const server::BackupOutcome backup = server::takeBackup(config, {}, f.masterKey, backups, 0);

        QVERIFY(f.deviceSecrets.forgetDevice(QStringLiteral("lost-laptop")) >= 1); // the wipe
        f.deviceSecrets.checkpoint();

        // The whole disaster: restore the older backup, with the master key, on this machine.
        const QString restoredDir = f.dir.filePath(QStringLiteral("restored"));
        server::restoreBackup(config, f.masterKey, backup.folder, restoredDir);
        server::ServerStore restored = server::ServerStore::open(restoredDir + QStringLiteral("/server.db"), f.masterKey);
        QCOMPARE(restored.database().queryInt("SELECT count(*) FROM device_secrets WHERE device_id = 'lost-laptop'"), 1);
        server::DeviceKeyring keyring(config.deviceKeyringPath(), f.keys.deviceKeyring.clone());
        server::DeviceSecrets secrets(restored.database(), f.clock, keyring, f.keys.deviceSeal.clone());
        secrets.reconcile();
        QCOMPARE(restored.database().queryInt("SELECT count(*) FROM device_secrets WHERE device_id = 'lost-laptop'"), 0);
        QVERIFY(!same(secrets.obtain(nina, QStringLiteral("lost-laptop")), lost)); // a new secret: the stolen cache stays shut
        QVERIFY(same(secrets.obtain(nina, QStringLiteral("front-desk")), desk));   // the others keep their caches
    }

    void secretsFromBeforeTheKeyringAreResealedUnlessTheirWorkstationWasWiped()
    {
        test::IdentityFixture f;
        f.enrolledUser(QStringLiteral("nina"), policy::Role::Nurse);
        const std::int64_t nina = f.staff.findByUsername(QStringLiteral("nina"))->id;
        // Rows as release 0.1.0 wrote them: sealed under the master-key subkey.
        const crypto::SecretBytes old = crypto::SecretBytes::random(32);
        const crypto::SecretBox legacy(f.keys.deviceSeal.clone());
        f.clock.advanceMs(1000);
        for (const char *device : {"kept-desk", "wiped-later"}) {
            f.store.database()
                .prepare("INSERT INTO device_secrets (user_id, device_id, secret_sealed, created_at_ms, wrapped) VALUES (?, ?, ?, ?, 0)")
                .bind(1, nina)
                .bind(2, QString::fromLatin1(device))
                .bindBlob(3, legacy.seal(old))
                .bind(4, f.clock.nowMs())
                .run();
        }
        // The keyring remembers a wipe of "wiped-later" after that row was made
        // (as after restoring a pre-upgrade backup over a later wipe).
        f.clock.advanceMs(1000);
        f.deviceKeyring.removeDevice(QStringLiteral("wiped-later"), f.clock.nowMs());
        f.deviceSecrets.reconcile();
        QCOMPARE(f.store.database().queryInt("SELECT count(*) FROM device_secrets WHERE wrapped = 0"), 0);
        QCOMPARE(f.store.database().queryInt("SELECT count(*) FROM device_secrets WHERE device_id = 'wiped-later'"), 0);
        QVERIFY(same(f.deviceSecrets.obtain(nina, QStringLiteral("kept-desk")), old));
        // And the master key alone no longer opens the re-sealed row.
        auto row = f.store.database().prepare("SELECT secret_sealed FROM device_secrets WHERE device_id = 'kept-desk'");
        QVERIFY(row.step());
        QVERIFY(!legacy.open(row.columnBlob(0)).has_value());
    }

    void aDamagedKeyringIsRefusedNotIgnored()
    {
        test::IdentityFixture f;
        f.enrolledUser(QStringLiteral("nina"), policy::Role::Nurse);
        const QString path = f.dir.filePath(QStringLiteral("device-keyring"));
        QByteArray bytes = test::readFile(path);
        QVERIFY(!bytes.isEmpty());
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
        test::writeFile(path, bytes);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, server::DeviceKeyring(path, f.keys.deviceKeyring.clone()));
    }
};

QTEST_GUILESS_MAIN(TestWipeSurvivesRestore)
#include "tst_wipe_survives_restore.moc"
