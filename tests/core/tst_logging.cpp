#include "core/log/logging.h"
#include "tests/support/test_env.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class TestLogging : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString logDir() const { return m_dir.filePath(QStringLiteral("logs")); }
    QByteArray logText()
    {
        cb::log::flushLogs();
        return cb::test::readFile(QDir(logDir()).filePath(QStringLiteral("test.log")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(cb::log::setupLogging({logDir(), QStringLiteral("test.log"), false}));
    }

    void namedLoggersWriteToThePrivateFile()
    {
        cb::log::logger("store")->info("store opened, schema {}", 3);
        const QByteArray text = logText();
        QVERIFY2(text.contains("[store] store opened, schema 3"), text.constData());
        QCOMPARE(cb::log::logger("store").get(), cb::log::logger("store").get());
        const QFile::Permissions permissions = QFileInfo(logDir()).permissions();
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void identifiersAreRedactedInTheFile()
    {
        cb::log::logger("net")->warn("delivery from +15551234567 for jane@example.org");
        const QByteArray text = logText();
        QVERIFY(text.contains("delivery from [phone] for [email]"));
        QVERIFY(!text.contains("5551234567"));
        QVERIFY(!text.contains("jane@example.org"));
    }

    void qtMessagesAreRoutedAndRedacted()
    {
        qWarning("qt says %s", "call 555-123-4567");
        const QByteArray text = logText();
        QVERIFY2(text.contains("[qt] default: qt says call [phone]"), text.constData());
        QVERIFY(!text.contains("555-123-4567"));
    }

    void levelIsHonoured()
    {
        cb::log::logger("app")->debug("debug detail that should not appear");
        QVERIFY(!logText().contains("debug detail"));
    }

    void filesRotate()
    {
        QTemporaryDir dir;
        QVERIFY(cb::log::setupLogging({dir.path(), QStringLiteral("rot.log"), false, spdlog::level::info, 4096, 2}));
        for (int i = 0; i < 400; ++i) {
            cb::log::logger("app")->info("line {} of filler text for rotation", i);
        }
        cb::log::flushLogs();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("rot.1.log"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rot.3.log"))));
        QVERIFY(cb::log::setupLogging({logDir(), QStringLiteral("test.log"), false}));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
