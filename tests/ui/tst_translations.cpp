#include "ui/shell/translations.h"

#include <QCoreApplication>
#include <algorithm>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include "client/account/account_service.h"
#include "client/account/staff_admin_service.h"
#include "ui/identity/account_dialogs.h"
#include "ui/identity/staff_edit_dialogs.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <QtTest>

namespace {
struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                entries.append(entry);
            }
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.text().trimmed().isEmpty()) {
                entry.translations << xml.text().toString();
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            entry.translations << xml.readElementText();
        }
    }
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text)) {
        found.insert(match.captured(0));
    }
    return found;
}

int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}
} // namespace

// Every string a person reads exists in Spanish, keeps its placeholders, and
// keeps a keyboard mnemonic where the English has one: a half-translated
// screen is worse than an English one.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void spanishIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("desktop") << QStringLiteral("carebridge_es.ts") << 200;
        QTest::newRow("patient portal") << QStringLiteral("portal_es.ts") << 40;
    }

    void spanishIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        const QList<Entry> entries = readTs(QStringLiteral(CB_TRANSLATIONS_DIR "/") + file);
        QVERIFY(entries.size() > atLeast);
        QStringList problems;
        for (const Entry &entry : entries) {
            const QString where = entry.context + QStringLiteral(": ") + entry.source;
            if (entry.unfinished || entry.translations.isEmpty()) {
                problems << QStringLiteral("untranslated  ") + where;
                continue;
            }
            for (const QString &translation : entry.translations) {
                if (placeholders(translation) != placeholders(entry.source)) {
                    problems << QStringLiteral("placeholders  ") + where;
                }
                if (mnemonics(translation) != mnemonics(entry.source)) {
                    problems << QStringLiteral("mnemonic      ") + where;
                }
                if (entry.source.contains(QLatin1Char('\t')) != translation.contains(QLatin1Char('\t'))) {
                    problems << QStringLiteral("shortcut text ") + where;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English keeps its plural forms in its own file: without them a person read
    // "There were 1 failed attempt(s)" (seen under Xvfb).
    void englishPluralsAreWritten()
    {
        QStringList problems;
        for (const QString &file : {QStringLiteral("carebridge_en.ts"), QStringLiteral("portal_en.ts")}) {
            for (const Entry &entry : readTs(QStringLiteral(CB_TRANSLATIONS_DIR "/") + file)) {
                if (!entry.source.contains(QLatin1String("%n"))) {
                    continue;
                }
                if (entry.translations.size() != 2 ||
                    std::any_of(entry.translations.begin(), entry.translations.end(),
                                [](const QString &form) { return form.contains(QLatin1String("(s)")) || form.isEmpty(); })) {
                    problems << file + QStringLiteral(": ") + entry.context + QStringLiteral(": ") + entry.source;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(cb::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("cb::ui::MainWindow", "%n new message(s)", nullptr, 1), QStringLiteral("1 new message"));
    }

    void compiledSpanishIsLoaded()
    {
        QVERIFY(cb::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Mexico)));
        QCOMPARE(QCoreApplication::translate("cb::ui::ViewTabs", "Unassigned"), QStringLiteral("Sin asignar"));
        QCOMPARE(QCoreApplication::translate("cb::ui::MainWindow", "%n new message(s)", nullptr, 2), QStringLiteral("2 mensajes nuevos"));
    }

    // Dialogs made by free functions translate under the context lupdate gives
    // them (their namespace), not one of their own that no .ts file has.
    void dialogsOutsideClassesAreTranslated()
    {
        QVERIFY(cb::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Mexico)));
        QNetworkAccessManager network;
        cb::client::ServerConnection server(cb::client::ServerEndpoint::fromValues(QStringLiteral("http://127.0.0.1:9"), {}), &network);
        cb::client::AccountService account(server);
        cb::client::StaffAdminService staff(server);
        QWidget parent;
        cb::ui::openChangePasswordDialog(account, &parent);
        auto *password = parent.findChild<QDialog *>(QStringLiteral("changePasswordDialog"));
        QVERIFY(password != nullptr);
        QCOMPARE(password->windowTitle(), QStringLiteral("Cambiar la contraseña"));
        cb::model::StaffUser user;
        user.displayName = QStringLiteral("Ana");
        cb::ui::openRolesDialog(staff, user, &parent, {});
        auto *roles = parent.findChild<QDialog *>(QStringLiteral("rolesDialog"));
        QVERIFY(roles != nullptr);
        QCOMPARE(roles->windowTitle(), QStringLiteral("Roles de Ana"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
