#include "server/whatsapp/whatsapp_credentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using cb::server::WhatsAppCredentials;

namespace {
QString text(const cb::crypto::SecretBytes &secret)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}
} // namespace

// The WhatsApp secrets file: read only when its owner alone can read it, parsed
// line by line, and refused with a sentence that says what to fix.
class TestWhatsAppCredentials : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &contents, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    static QString refusal(const QString &path)
    {
        try {
            WhatsAppCredentials::load(path);
        } catch (const WhatsAppCredentials::Error &error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    }

private slots:
    void readsEveryKeyAroundCommentsAndSpaces()
    {
        const QString path = write(QStringLiteral("ok"),
                                   "# WhatsApp Business secrets\r\n  access_token = EAAGtoken \r\n\napp_secret=4f1c\n"
                                   "verify_token =  hello=world\nunknown = ignored",
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const WhatsAppCredentials credentials = WhatsAppCredentials::load(path);
        QCOMPARE(text(credentials.accessToken()), QStringLiteral("EAAGtoken"));
        QCOMPARE(text(credentials.appSecret()), QStringLiteral("4f1c"));
        QCOMPARE(text(credentials.verifyToken()), QStringLiteral("hello=world")); // only the first '=' splits
    }

    void refusesAFileOthersCanRead()
    {
        const QString path = write(QStringLiteral("open"), "access_token = a\napp_secret = b\nverify_token = c\n",
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        QVERIFY(refusal(path).contains(QStringLiteral("chmod 600")));
    }

    void refusesAMissingFileOrKey()
    {
        QVERIFY(refusal(m_dir.filePath(QStringLiteral("absent"))).contains(QStringLiteral("does not exist")));
        const QString partial = write(QStringLiteral("partial"), "access_token = a\napp_secret = b\n",
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(refusal(partial).contains(QStringLiteral("verify_token")));
    }

    void refusesAnOversizedFile()
    {
        const QString path = write(QStringLiteral("huge"), "access_token = " + QByteArray(70 * 1024, 'x') + "\n",
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(refusal(path).contains(QStringLiteral("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppCredentials)
#include "tst_whatsapp_credentials.moc"
