#include "server/config/master_key.h"
#include "tests/support/test_env.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using cb::server::MasterKey;

class TestMasterKey : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void createsAPrivate32ByteKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("master.key"));
        MasterKey::create(path);
        QCOMPARE(QFileInfo(path).size(), 32);
        struct stat info {};
        QCOMPARE(::stat(path.toUtf8().constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        const auto key = MasterKey::load(path);
        QCOMPARE(key.size(), std::size_t(32));
    }

    void neverOverwritesAnExistingKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.key"));
        MasterKey::create(path);
        const QByteArray before = cb::test::readFile(path);
        QVERIFY_THROWS_EXCEPTION(MasterKey::Error, MasterKey::create(path));
        QCOMPARE(cb::test::readFile(path), before);
    }

    void refusesAKeyOthersCanRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose.key"));
        MasterKey::create(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        try {
            MasterKey::load(path);
            QFAIL("a group-readable key must be refused");
        } catch (const MasterKey::Error &error) {
            QVERIFY(QByteArray(error.what()).contains("chmod 600"));
        }
    }

    void refusesMissingOrWrongSizedKeys()
    {
        QVERIFY_THROWS_EXCEPTION(MasterKey::Error, MasterKey::load(m_dir.filePath(QStringLiteral("absent.key"))));
        const QString path = m_dir.filePath(QStringLiteral("short.key"));
        cb::test::writeFile(path, QByteArray(16, 'k'));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY_THROWS_EXCEPTION(MasterKey::Error, MasterKey::load(path));
    }
};

QTEST_GUILESS_MAIN(TestMasterKey)
#include "tst_master_key.moc"
