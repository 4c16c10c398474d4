#include "ui/shell/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cb::ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    // Without a translation for the locale (or with the C locale), English: its
    // file still matters, it holds the plural forms ("1 second", "2 seconds").
    if (!translator->load(locale, QStringLiteral("carebridge"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !translator->load(QStringLiteral("carebridge_en"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own words (OK, Cancel, Close, Yes, No in dialogs) from Debian's
    // qt6-translations-l10n, which the package recommends; English without it.
    auto *qtWords = new QTranslator(&app);
    if (qtWords->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtWords);
    } else {
        delete qtWords;
    }
    return true;
}

} // namespace cb::ui
