// Media and system previews are worded by the desktop in the reader's language:
// the server sends a message's kind ("image", "portal_link"), never English
// words a Spanish-speaking nurse would see in the list.
#include "ui/inbox/message_words.h"
#include "ui/inbox/thread_model.h"

#include <QTranslator>
#include <QtTest>

using cb::ui::MessageWords;

class TestMessageWords : public QObject
{
    Q_OBJECT
private slots:
    void englishWords()
    {
        QCOMPARE(MessageWords::preview(QStringLiteral("image"), QStringLiteral("[image]")), QStringLiteral("Photo"));
        QCOMPARE(MessageWords::preview(QStringLiteral("image"), QStringLiteral("my arm today")), QStringLiteral("Photo: my arm today"));
        QCOMPARE(MessageWords::preview(QStringLiteral("portal_link"), QStringLiteral("Secure portal link sent")),
                 QStringLiteral("Secure portal link sent"));
        QCOMPARE(MessageWords::preview(QStringLiteral("reaction"), QStringLiteral("👍")), QStringLiteral("Reacted 👍"));
        // Text, and a kind this desktop does not know yet, show as stored.
        QCOMPARE(MessageWords::preview(QStringLiteral("text"), QStringLiteral("See you Tuesday")), QStringLiteral("See you Tuesday"));
        // A colleague's internal note is never mistaken for what the patient was told.
        QCOMPARE(MessageWords::preview(QStringLiteral("note"), QStringLiteral("booked for Tuesday")),
                 QStringLiteral("Note: booked for Tuesday"));
        QCOMPARE(MessageWords::preview(QStringLiteral("hologram"), QStringLiteral("[hologram]")), QStringLiteral("[hologram]"));
        QCOMPARE(MessageWords::preview(QString(), QStringLiteral("older server")), QStringLiteral("older server"));
        QVERIFY(MessageWords::attachmentKind(QStringLiteral("text")).isEmpty());
    }

    void spanishWords()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("carebridge"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&spanish);
        const QString photo = MessageWords::preview(QStringLiteral("image"), QStringLiteral("[image]"));
        const QString link = MessageWords::preview(QStringLiteral("portal_link"), QStringLiteral("Secure portal link sent"));
        const QString code = MessageWords::preview(QStringLiteral("portal_code"), QStringLiteral("Verification code for the secure portal sent"));
        const QString note = MessageWords::preview(QStringLiteral("note"), QStringLiteral("cita el martes"));
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(note, QStringLiteral("Nota: cita el martes"));
        QCOMPARE(photo, QStringLiteral("Foto"));
        QVERIFY2(link.contains(QStringLiteral("portal seguro")), qPrintable(link));
        QVERIFY2(!code.contains(QStringLiteral("sent")), qPrintable(code));
    }

    // Minimum necessary: what the server withholds from a front desk is worded,
    // by direction, and nothing else shows (the server sent no words).
    void aWithheldSecureMessageIsWorded()
    {
        cb::model::Message message;
        message.channel = cb::model::Channel::Portal;
        message.kind = QStringLiteral("secure_message");
        message.direction = cb::model::Direction::Outbound;
        QCOMPARE(cb::ui::ThreadModel::bodyText(message), QStringLiteral("Secure message from the care team"));
        message.direction = cb::model::Direction::Inbound;
        QCOMPARE(cb::ui::ThreadModel::bodyText(message), QStringLiteral("Secure message from the patient"));
        QCOMPARE(MessageWords::preview(QStringLiteral("secure_message"), QString()), QStringLiteral("Secure message"));
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("carebridge"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&spanish);
        const QString worded = cb::ui::ThreadModel::bodyText(message);
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(worded, QStringLiteral("Mensaje seguro del paciente"));
    }
};

QTEST_MAIN(TestMessageWords)
#include "tst_message_words.moc"
